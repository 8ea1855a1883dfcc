-- A plain GET of the URL wrk was given, counted by status. Extra headers come as arguments:
-- wrk … -s get.lua -- "Cookie: a=b" "Accept-Encoding: gzip"
dofile(os.getenv("WRK_LIB") .. "/report.lua")

function init(args)
  for _, header in ipairs(args) do
    local name, value = header:match("^([^:]+):%s*(.*)$")
    if name then wrk.headers[name] = value end
  end
end

function response(status)
  count_status(status)
end
