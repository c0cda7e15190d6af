# Sourced by the launchers: finds a JDK 21 or newer and exports JAVA_HOME, or stops with one line saying why.
# Order: $JAVA_HOME, the `java` on PATH, then the JDKs under /usr/lib/jvm (newest first).
# The major version from the JDK's `release` file (instant), or by asking its java when there is none.
lawreport_java_major() {
  local major=""
  if [ -f "$1/release" ]; then
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -1)
  fi
  if [ -z "$major" ]; then
    major=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1)
  fi
  echo "$major"
}
lawreport_find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local d
  for d in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${d%/}"); done
  for d in "${candidates[@]}"; do
    if [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ]; then
      local major; major=$(lawreport_java_major "$d")
      if [ -n "$major" ] && [ "$major" -ge 21 ]; then
        echo "$d"; return 0
      fi
    fi
  done
  return 1
}
if ! LAWREPORT_JDK=$(lawreport_find_jdk); then
  echo "LawReport 需要 JDK 21 或更高版本（含 javac）：JAVA_HOME、PATH 和 /usr/lib/jvm 中都没有找到。请安装（如 Temurin 25）或设置 JAVA_HOME。" >&2
  exit 2
fi
export JAVA_HOME="$LAWREPORT_JDK"
LAWREPORT_JAVA_MAJOR=$(lawreport_java_major "$JAVA_HOME")
# Guice 7 still touches sun.misc.Unsafe; from JDK 24 on that prints a warning on every start unless allowed.
LAWREPORT_JAVA_OPTS=""
if [ "$LAWREPORT_JAVA_MAJOR" -ge 24 ]; then LAWREPORT_JAVA_OPTS="--sun-misc-unsafe-memory-access=allow"; fi
