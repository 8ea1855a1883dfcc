-- The apply form posted as a browser without JavaScript posts it: multipart/form-data with the
-- page's server-action fields, a new candidate each time and the resume read from a file.
-- Arguments: <file with the form's hidden fields as name=value lines> <resume PDF> [token]
-- With "token", each post also carries a submissionToken of its own, as forms rendered with one
-- per visitor (before the apply page was cached) required.
dofile(os.getenv("WRK_LIB") .. "/report.lua")

local fields = {}
local resume = ""
local counter = 0
local id = 0
local with_token = false
local boundary = "----porticobench7d3f"

local function read(path)
  local f = assert(io.open(path, "rb"))
  local data = f:read("*a")
  f:close()
  return data
end

function init(args)
  for line in read(args[1]):gmatch("[^\n]+") do
    local name, value = line:match("^([^=]+)=(.*)$")
    if name then table.insert(fields, { name, value }) end
  end
  resume = read(args[2])
  with_token = args[3] == "token"
  id = string.format("%d%d", os.time(), thread_id or 0)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
  -- Every browser sends its page's origin with a form post; without it Next logs a warning on
  -- each one (a synchronous write to stderr), which no real visitor costs the server.
  local port = wrk.port and (":" .. wrk.port) or ""
  wrk.headers["Origin"] = wrk.scheme .. "://" .. wrk.host .. port
end

local function part(name, value)
  return "--" .. boundary .. '\r\nContent-Disposition: form-data; name="' .. name .. '"\r\n\r\n' .. value .. "\r\n"
end

function request()
  counter = counter + 1
  local body = {}
  for _, field in ipairs(fields) do table.insert(body, part(field[1], field[2])) end
  table.insert(body, part("firstName", "Bench"))
  table.insert(body, part("lastName", "Candidate"))
  table.insert(body, part("email", string.format("bench-%s-%d@example.com", id, counter)))
  table.insert(body, part("consent", "on"))
  if with_token then
    table.insert(body, part("submissionToken", string.format("%08x-0000-4000-8000-%012x", counter, tonumber(id) % 281474976710656)))
  end
  table.insert(body, "--" .. boundary .. '\r\nContent-Disposition: form-data; name="resume"; filename="resume.pdf"\r\nContent-Type: application/pdf\r\n\r\n' .. resume .. "\r\n")
  table.insert(body, "--" .. boundary .. "--\r\n")
  return wrk.format(nil, nil, nil, table.concat(body))
end

function response(status)
  count_status(status)
end
