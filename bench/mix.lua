-- wrk script: a mix of what students and advisors do, in equal parts: open a result link
-- (a different token each time), post the questionnaire form, and call the JSON API.
-- Counts every answer of 400 or more as an error; `done` prints the total and fails loudly.

local answers = dofile("bench/answers.lua")

local tokens = {}
errors = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("TOKENS") or "target/load-tokens.txt") do
    table.insert(tokens, line)
  end
  math.randomseed(os.time() + math.random(1000))
end

function request()
  local kind = math.random(3)
  if kind == 1 then
    return wrk.format("GET", "/r/" .. tokens[math.random(#tokens)])
  elseif kind == 2 then
    return wrk.format("POST", "/questionnaire", { ["Content-Type"] = "application/x-www-form-urlencoded" }, answers.form())
  end
  return wrk.format("POST", "/api/v1/recommendations", { ["Content-Type"] = "application/json" }, answers.json())
end

function response(status, headers, body)
  if status >= 400 then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("errors")
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("requests: %d, errors (status >= 400): %d, socket errors: %d\n",
    summary.requests, total, socket))
  io.write(string.format("latency p50: %.1f ms, p99: %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
