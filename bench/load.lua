-- wrk script of bench/load.sh: POSTs the CONTRACT.md example quote request (or any JSON body: the floor endpoint
-- reads it the same way) and counts, per response, the 2xx answers whose body holds the expected text (first script
-- argument, e.g. "total":48.59), the 2xx answers without it, and the non-2xx answers. done() prints one JSON line.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"date":"2026-03-12","time":"10:30","department":"75","place":"domicile","acts":["RAM 8.09","AMK 10.7"],"urgent":false,"travel":{"distanceKm":8.0,"zone":"plaine","sameAgglomeration":false},"series":{"sessionNumber":1,"sessionsLast12Months":0,"dapAgreed":false},"patient":{"coverage":"standard","regime":"general"}}]]

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  expected = args[1] or ""
  ok, wrong, non2xx = 0, 0, 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  elseif body:find(expected, 1, true) then
    ok = ok + 1
  else
    wrong = wrong + 1
  end
end

function done(summary, latency, requests)
  local good, bad, non = 0, 0, 0
  for _, thread in ipairs(threads) do
    good = good + thread:get("ok")
    bad = bad + thread:get("wrong")
    non = non + thread:get("non2xx")
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationSeconds":%.3f,"requestsPerSecond":%.1f,"ok":%d,"wrongBody":%d,"non2xx":%d,"socketErrors":%d,' ..
    '"connect":%d,"read":%d,"write":%d,"timeout":%d,"p50Ms":%.2f,"p99Ms":%.2f}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), good, bad, non,
    e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
