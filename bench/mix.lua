-- wrk script: a mix of what students and advisors do, in equal parts: open a result link
-- (a different token each time), post the questionnaire form, and call the JSON API.
-- Counts every answer of 400 or more as an error; `done` prints the total and fails loudly.

local questions = {
  { "schedule.predictability", { "fixed", "mostly", "shifting", "on-call" } },
  { "schedule.live-sessions", { "yes", "usually", "rarely", "no" } },
  { "schedule.flexibility-need", { "main-reason", "important", "nice-to-have", "not-a-factor" } },
  { "interaction.discussion", { "essential", "helpful", "neutral", "prefer-without" } },
  { "interaction.instructor", { "essential", "helpful", "occasional", "not-needed" } },
  { "interaction.studying-alone", { "enjoy", "fine", "lonely", "drains-me" } },
  { "interaction.online-experience", { "several", "one", "none" } },
  { "motivation.self-start", { "always", "usually", "sometimes", "rarely" } },
  { "motivation.oversight", { "cramps-me", "no-effect", "helps", "need-it" } },
  { "motivation.pace", { "fast", "steady", "own" } },
  { "connectivity.internet", { "reliable", "mostly", "spotty", "public-only" } },
  { "connectivity.places", { "one-place", "a-few-places", "on-the-move" } },
  { "connectivity.equipment", { "own", "shared", "none" } },
  { "budget.priority", { "top", "important", "secondary", "not-a-factor" } },
  { "budget.goal", { "degree", "certificate", "skills" } },
}

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

local function pick(options)
  return options[math.random(#options)]
end

local function form()
  local fields = {}
  for _, q in ipairs(questions) do
    table.insert(fields, q[1] .. "=" .. pick(q[2]))
  end
  return table.concat(fields, "&")
end

local function json()
  local fields = {}
  for _, q in ipairs(questions) do
    table.insert(fields, '"' .. q[1] .. '":"' .. pick(q[2]) .. '"')
  end
  return '{"answers":{' .. table.concat(fields, ",") .. '}}'
end

function request()
  local kind = math.random(3)
  if kind == 1 then
    return wrk.format("GET", "/r/" .. tokens[math.random(#tokens)])
  elseif kind == 2 then
    return wrk.format("POST", "/questionnaire", { ["Content-Type"] = "application/x-www-form-urlencoded" }, form())
  end
  return wrk.format("POST", "/api/v1/recommendations", { ["Content-Type"] = "application/json" }, json())
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
