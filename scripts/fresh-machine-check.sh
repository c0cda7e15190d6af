#!/usr/bin/env bash
# Proves that the README's two commands set themselves up on a machine that has never seen LawReport.
#
# Builds (once, then reuses) a minimal Debian root with debootstrap, from the mirror this machine's apt sources
# name, with only what a new machine of this project's kind has besides the JDKs and Node.js: ca-certificates,
# curl, git, procps, unzip, xz-utils, file. Then, for each order of the two commands, it lays a pristine overlay
# over that root, copies a clean clone of this repository's HEAD into it, and runs there with chroot
#   ./run-seeds then ./run-tests      (order "seeds-tests")
#   ./run-tests then ./run-seeds      (order "tests-seeds")
# and checks that the seeds' PDFs come out with every font embedded; and
#   ./run-tests --quick               (order "quick")
# in a root where nothing was installed, to show that the quick tests need no program or font from the system.
#
# Borrowed read-only from this machine, as a new machine of this kind has them: the JDKs (/usr/lib/jvm), Node.js
# and npm, the certificate store (HTTPS through this network) and npm's settings. The Maven repository is laid
# over as an overlay, so a run may add to it without changing this machine's. Everything else (fonts, LibreOffice,
# Chromium, Xvfb, ...) must be installed by the project's own scripts inside the root.
#
# Usage: scripts/fresh-machine-check.sh [--rebuild] [ORDER...]     (root; ORDER: seeds-tests, tests-seeds, quick; default all)
# Logs and timings: $LAWREPORT_FRESH_DIR (default /var/tmp/lawreport-fresh)/<order>.log. Exit 0 when every order passed.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${LAWREPORT_FRESH_DIR:-/var/tmp/lawreport-fresh}"
BASE="$WORK/root"
rebuild=false
orders=()
for arg in "$@"; do
  case "$arg" in
    --rebuild) rebuild=true ;;
    seeds-tests|tests-seeds|quick) orders+=("$arg") ;;
    *) echo "用法：scripts/fresh-machine-check.sh [--rebuild] [seeds-tests] [tests-seeds] [quick]" >&2; exit 2 ;;
  esac
done
[ ${#orders[@]} -eq 0 ] && orders=(seeds-tests tests-seeds quick)
if [ "$(id -u)" -ne 0 ]; then
  echo "fresh-machine-check 需要 root（debootstrap、mount、chroot）。" >&2
  exit 2
fi
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# The suite and the Debian mirror this machine installs from (deb822 .sources files or a classic sources.list).
suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '/^URIs:/{print $2}' | grep -v -- '-security' | head -1)
if [ -z "$mirror" ]; then
  mirror=$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | grep -v -- '-security' | head -1)
fi
[ -n "$mirror" ] || { echo "在本机的 apt 源中找不到 Debian 镜像地址。" >&2; exit 2; }

if ! command -v debootstrap >/dev/null 2>&1; then
  log "installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

if $rebuild || [ ! -f "$BASE/.lawreport-complete" ]; then
  rm -rf "$BASE" "$BASE.partial"
  mkdir -p "$WORK"
  log "debootstrap $suite from $mirror"
  start=$SECONDS
  debootstrap --variant=minbase --include=ca-certificates,curl,git,procps,unzip,xz-utils,file \
    "$suite" "$BASE.partial" "$mirror" > "$WORK/debootstrap.log" 2>&1 \
    || { echo "debootstrap 失败，见 $WORK/debootstrap.log" >&2; exit 1; }
  # the same package sources as this machine (updates and security too), not just the one mirror
  rm -f "$BASE.partial/etc/apt/sources.list"
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] && cp "$f" "$BASE.partial$f"
  done
  touch "$BASE.partial/.lawreport-complete"
  mv "$BASE.partial" "$BASE"
  log "root ready in $((SECONDS - start)) s: $(du -sh "$BASE" | cut -f1)"
fi

# A clean clone of what is committed: untracked and ignored files (out/, target/) stay behind.
CLONE="$WORK/clone"
rm -rf "$CLONE"
git clone --quiet --no-hardlinks "$REPO" "$CLONE"
log "clean clone of $(git -C "$CLONE" rev-parse --short HEAD)"

# Environment a process on this network needs for HTTPS (certificate variables), nothing else of this session's.
cert_env=()
while IFS='=' read -r name value; do
  case "$name" in *CERT*|*CA_BUNDLE*|*SSL*) cert_env+=("$name=$value") ;; esac
done < <(env)

run_order() {
  local order="$1" run="$WORK/run-$1"
  local first second
  case "$order" in
    seeds-tests) first=./run-seeds; second=./run-tests ;;
    tests-seeds) first=./run-tests; second=./run-seeds ;;
    quick) first="./run-tests --quick"; second="" ;;
  esac
  rm -rf "$run"
  mkdir -p "$run/upper" "$run/work" "$run/merged" "$run/m2-upper" "$run/m2-work"
  # Mounts live in a private mount namespace: they vanish with it, whatever happens.
  unshare -m --propagation private bash -s -- "$run" "$BASE" "$CLONE" "$first" "$second" "${cert_env[@]}" <<'INNER'
set -euo pipefail
run="$1" base="$2" clone="$3" first="$4" second="$5"; shift 5
m="$run/merged"
mount -t overlay overlay -o "lowerdir=$base,upperdir=$run/upper,workdir=$run/work" "$m"
mount -t proc proc "$m/proc"
mount -t sysfs sys "$m/sys"
mount --rbind /dev "$m/dev"
mount -t tmpfs -o mode=1777 tmpfs "$m/dev/shm"
mount -t tmpfs -o mode=1777 tmpfs "$m/tmp"
ro() { mkdir -p "$m$1"; mount --bind "$1" "$m$1"; mount -o remount,bind,ro "$m$1"; }
ro /usr/lib/jvm
ro /etc/ssl
[ -d /usr/local/share/ca-certificates ] && ro /usr/local/share/ca-certificates
[ -f /etc/npmrc ] && { touch "$m/etc/npmrc"; mount --bind /etc/npmrc "$m/etc/npmrc"; }
# Node.js and npm as this kind of machine has them
touch "$m/usr/bin/node"; mount --bind "$(readlink -f "$(command -v node)")" "$m/usr/bin/node"
ro /usr/lib/node_modules
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$m/usr/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$m/usr/bin/npx"
cp -L /etc/resolv.conf "$m/etc/resolv.conf"
# the Maven repository: this machine's as the lower layer, the run's writes above it
mkdir -p "$HOME/.m2" "$m/root/.m2"
mount -t overlay overlay -o "lowerdir=$HOME/.m2,upperdir=$run/m2-upper,workdir=$run/m2-work" "$m/root/.m2"
cp -a "$clone" "$m/root/lawreport"
status=0
chroot "$m" /usr/bin/env -i HOME=/root LANG=C.UTF-8 CI=true TERM=dumb \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@" </dev/null \
  bash -c '
    set -e
    cd /root/lawreport
    packages() { dpkg-query -W -f="\${Status}\n" | grep -c "install ok installed"; }
    n0=$(packages)
    t0=$(date +%s); '"$first"'; t1=$(date +%s)
    echo "== '"$first"' passed in $((t1 - t0)) s"
    if [ -z "'"$second"'" ]; then
      n=$(packages)
      fonts=$(find /usr/share/fonts -type f 2>/dev/null | wc -l)
      [ "$n" -eq "$n0" ] || { echo "== the quick tests installed packages: $n0 before, $n after"; exit 1; }
      echo "== nothing installed: $n packages before and after; $fonts font files on the system"
      exit 0
    fi
    '"$second"'; t2=$(date +%s)
    echo "== '"$second"' passed in $((t2 - t1)) s"
    pdfs=0
    for pdf in out/seeds/*.pdf; do
      pdffonts "$pdf" | awk '\''NR>2 && $(NF-4)!="yes"{bad=1} NR>2{n++} END{exit (bad||n<3)}'\'' \
        || { echo "== $pdf: a font is not embedded"; pdffonts "$pdf"; exit 1; }
      pdfs=$((pdfs + 1))
    done
    [ "$pdfs" -eq 5 ] || { echo "== expected 5 seed PDFs, found $pdfs"; exit 1; }
    echo "== $pdfs seed PDFs, every font embedded"
  ' || status=$?
exit $status
INNER
}

failed=0
for order in "${orders[@]}"; do
  log "order $order: running (log: $WORK/$order.log)"
  start=$SECONDS
  if run_order "$order" > "$WORK/$order.log" 2>&1; then
    log "order $order: PASSED in $((SECONDS - start)) s"
  else
    log "order $order: FAILED after $((SECONDS - start)) s; last lines of $WORK/$order.log:"
    tail -30 "$WORK/$order.log" >&2
    failed=1
  fi
  grep -E '^== ' "$WORK/$order.log" >&2 || true
  rm -rf "$WORK/run-$order"
done
exit $failed
