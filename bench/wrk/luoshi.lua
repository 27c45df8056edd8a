-- wrk scenarios for Luoshi, the same four requests as the Redmine peer
-- (../shared/peer/redmine/bench.lua):
--   a  GET  a unit's open matters, 25 by deadline
--   b  GET  the city's overdue (red) matters, 25
--   c  POST create a matter, then POST assign it (two requests per matter)
--   d  POST a progress report on a random in-progress matter of the unit
-- Environment: SCENARIO, COOKIE, CSRF, UNIT_ID, LIST_ID, MATTER_IDS (comma-separated, for d).
local scenario = os.getenv("SCENARIO") or "a"
local cookie = os.getenv("COOKIE")
local csrf = os.getenv("CSRF")
local unit = os.getenv("UNIT_ID")
local list = os.getenv("LIST_ID")
local ids = {}
for id in string.gmatch(os.getenv("MATTER_IDS") or "", "[^,]+") do ids[#ids + 1] = id end

local threads = {}
function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + tid)
  created = {}
  n = 0
end

local function headers(json)
  local h = { ["Cookie"] = cookie, ["x-csrf-token"] = csrf }
  if json then h["Content-Type"] = "application/json" end
  return h
end

function request()
  n = n + 1
  if scenario == "a" then
    return wrk.format("GET", "/api/matters?unitId=" .. unit .. "&status=open&pageSize=25", headers(false))
  elseif scenario == "b" then
    return wrk.format("GET", "/api/matters?status=open&light=red&pageSize=25", headers(false))
  elseif scenario == "c" then
    local id = table.remove(created)
    if id then
      return wrk.format("POST", "/api/matters/" .. id .. "/assign", headers(true), "{}")
    end
    local body = string.format(
      '{"title":"bench 新建事项 %d-%d","source":"key_work","listId":"%s","leadUnitId":"%s","leadLeader":"王市长","content":"基准测试"}',
      tid, n, list, unit)
    return wrk.format("POST", "/api/matters", headers(true), body)
  else
    local id = ids[math.random(#ids)]
    local body = string.format('{"content":"bench 第%d-%d次反馈：按计划推进。","percent":50}', tid, n)
    return wrk.format("POST", "/api/matters/" .. id .. "/reports", headers(true), body)
  end
end

function response(status, hdrs, body)
  if scenario == "c" and status == 201 then
    local id = string.match(body, '"id":"([0-9a-f%-]+)"')
    if id then table.insert(created, id) end
  end
  if status >= 400 then errors_http = (errors_http or 0) + 1 end
end

function done(summary, latency, requests)
  io.write(string.format(
    '{"scenario":"%s","requests":%d,"seconds":%.1f,"rps":%.1f,"p50_ms":%.1f,"p99_ms":%.1f,"errors":%d}\n',
    scenario, summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status))
end
