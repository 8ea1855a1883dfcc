-- Shared by the bench's wrk scripts: counts answers by status in every thread and prints one
-- JSON line at the end, which scripts/lib/bench-load.ts reads. wrk gives each thread its own
-- Lua state, so the counts are gathered through the thread objects setup() receives.
local threads = {}

-- Each thread gets its own number (thread_id), so scripts can make values no other thread makes.
function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
end

function count_status(status)
  local key = "s" .. status
  _G[key] = (_G[key] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    for _, status in ipairs({ 200, 201, 204, 301, 302, 303, 304, 307, 308, 400, 404, 409, 413, 422, 429, 500, 502, 503 }) do
      local n = thread:get("s" .. status)
      if n then counts[tostring(status)] = (counts[tostring(status)] or 0) + n end
    end
  end
  local parts = {}
  for status, n in pairs(counts) do table.insert(parts, string.format('"%s":%d', status, n)) end
  local errors = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"duration_us":%d,"bytes":%d,"p50_us":%d,"p99_us":%d,"errors":%d,"non2xx3xx":%d,"statuses":{%s}}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(99),
    errors.connect + errors.read + errors.write + errors.timeout, errors.status, table.concat(parts, ",")))
end
