-- wrk: GET /r/{token} with a token picked at random from $TOKENS each time.
local tokens = {}
function init(args)
  for line in io.lines(os.getenv("TOKENS")) do table.insert(tokens, line) end
end
function request()
  return wrk.format("GET", "/r/" .. tokens[math.random(#tokens)])
end
