-- Drives the LawReport language server from Neovim (headless), as a user's editor would:
-- initialize → didOpen → diagnostics → an edit → completion → hover → shutdown.
-- Input (environment): LAWREPORT_LS_JAVA, LAWREPORT_LS_JAR, LAWREPORT_REPORT (file to open),
-- LAWREPORT_RESULT (JSON written here). Everything measured goes into the JSON; the Java test asserts on it.
local result = { steps = {} }
local function now_ms() return vim.loop.hrtime() / 1e6 end
local function finish()
  local f = io.open(vim.env.LAWREPORT_RESULT, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end
local function step(name) table.insert(result.steps, name) end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.LAWREPORT_REPORT))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  result.uri = uri
  local diagnostics_at, diagnostics = nil, nil
  local attached = false
  local publications = 0 -- diagnostics published for the report after didOpen
  local last_publication_at = nil
  local workspace_diagnostics_ms = nil
  local initialized_at = nil
  local exit_code = nil
  local started = now_ms()
  local client_id = vim.lsp.start_client({
    name = 'lawreport',
    cmd = { vim.env.LAWREPORT_LS_JAVA, '-XX:TieredStopAtLevel=1', '-jar', vim.env.LAWREPORT_LS_JAR },
    root_dir = vim.fn.fnamemodify(vim.env.LAWREPORT_REPORT, ':p:h'),
    flags = { debounce_text_changes = 0 },
    on_init = function() initialized_at = now_ms() end,
    on_exit = function(code) exit_code = code end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params)
        if params.uri ~= uri then return end
        if not attached then
          -- the server validates the whole workspace folder on start, before the editor opens the file
          if workspace_diagnostics_ms == nil then workspace_diagnostics_ms = now_ms() - started end
          return
        end
        publications = publications + 1
        last_publication_at = now_ms()
        if diagnostics == nil then
          diagnostics_at = last_publication_at
          diagnostics = params.diagnostics
        end
      end,
    },
  })
  if not vim.wait(60000, function() return initialized_at ~= nil end, 20) then error('no initialize answer') end
  result.initialize_ms = initialized_at - started
  step('initialized')
  local client = vim.lsp.get_client_by_id(client_id)
  result.semantic_tokens = client.server_capabilities.semanticTokensProvider ~= nil
  result.code_actions = client.server_capabilities.codeActionProvider ~= nil
  vim.wait(3000, function() return workspace_diagnostics_ms ~= nil end, 10)
  result.workspace_diagnostics_ms = workspace_diagnostics_ms
  local opened = now_ms()
  attached = true
  vim.lsp.buf_attach_client(bufnr, client_id) -- sends didOpen
  if not vim.wait(60000, function() return diagnostics ~= nil end, 10) then error('no diagnostics') end
  result.first_diagnostics_ms = diagnostics_at - opened
  result.diagnostics = diagnostics
  step('diagnostics')

  -- hover on the figure 受理总数 where it is defined
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for i, line in ipairs(lines) do
    local byte = line:find('{受理总数=', 1, true)
    if byte then
      local params = { textDocument = { uri = uri },
        position = { line = i - 1, character = vim.str_utfindex(line, byte + #'{受') } }
      local answer = client.request_sync('textDocument/hover', params, 20000, bufnr)
      result.hover = answer and answer.result and answer.result.contents and answer.result.contents.value
      break
    end
  end
  step('hover')

  -- outline and semantic tokens of the unedited report
  local symbols = client.request_sync('textDocument/documentSymbol', { textDocument = { uri = uri } }, 20000, bufnr)
  result.symbols = {}
  for _, symbol in ipairs(symbols and symbols.result or {}) do
    table.insert(result.symbols, symbol.name)
  end
  local tokens = client.request_sync('textDocument/semanticTokens/full', { textDocument = { uri = uri } }, 20000, bufnr)
  result.semantic_token_count = tokens and tokens.result and #tokens.result.data / 5 or 0
  step('outline')

  -- type 部 on a new line before the first rule, then ask for completion at its end
  local rule_line = nil
  for i, line in ipairs(lines) do
    if rule_line == nil and line:sub(1, #'规则') == '规则' then rule_line = i - 1 end
  end
  local before = publications
  local typed = now_ms()
  vim.api.nvim_buf_set_lines(bufnr, rule_line, rule_line, false, { '部' })
  if vim.wait(20000, function() return publications > before end, 5) then
    result.keystroke_diagnostics_ms = last_publication_at - typed
  end
  local params = { textDocument = { uri = uri }, position = { line = rule_line, character = 1 } }
  local completion = client.request_sync('textDocument/completion', params, 20000, bufnr)
  local items = completion and completion.result and (completion.result.items or completion.result) or {}
  result.completion = {}
  for _, item in ipairs(items) do
    table.insert(result.completion, { label = item.label, detail = item.detail,
      newText = item.textEdit and item.textEdit.newText or item.insertText })
  end
  step('completion')

  vim.lsp.stop_client(client_id)
  vim.wait(20000, function() return exit_code ~= nil end, 20)
  result.exit_code = exit_code
  step('shutdown')
end)
if not ok then result.error = tostring(err) end
finish()
