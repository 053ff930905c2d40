-- wrk: the same requests, each sent $THINK_MS (default 1) milliseconds after the answer to the
-- one before, as a client across a network would at the least. On loopback, wrk's next request
-- otherwise arrives within microseconds: so fast that Tomcat's worker, still on the
-- connection, serves it ahead of the connections queued for a worker (docs/performance.md).
local think = tonumber(os.getenv("THINK_MS") or "") or 1
function delay()
  return think
end
