-- A board search nobody has made before on every request (a crawler walking the filters, or
-- people typing): "engineer-<thread>-<n>" cannot be in any cache.
dofile(os.getenv("WRK_LIB") .. "/report.lua")

local counter = 0
local id = 0

function init(args)
  id = string.format("%d%d", os.time(), thread_id or 0)
end

function request()
  counter = counter + 1
  return wrk.format("GET", string.format("/jobs?q=engineer%%20x%sx%d", id, counter))
end

function response(status)
  count_status(status)
end
