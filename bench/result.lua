-- wrk: GET /r/{token} with a token picked at random from $TOKENS each time; with $THINK_MS
-- set, each request waits that long after the answer to the one before (see think.lua).
local tokens = {}
function init(args)
  for line in io.lines(os.getenv("TOKENS")) do table.insert(tokens, line) end
end
function request()
  return wrk.format("GET", "/r/" .. tokens[math.random(#tokens)])
end
local think = tonumber(os.getenv("THINK_MS") or "")
if think then
  function delay()
    return think
  end
end
