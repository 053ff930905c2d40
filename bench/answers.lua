-- Random complete answer sets, as a form body or as the JSON API's body. Shared by the wrk
-- scripts: local answers = dofile("bench/answers.lua") (wrk runs from the repository root).
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

local function pick(options) return options[math.random(#options)] end

local answers = {}

function answers.form()
  local fields = {}
  for _, q in ipairs(questions) do table.insert(fields, q[1] .. "=" .. pick(q[2])) end
  return table.concat(fields, "&")
end

function answers.json()
  local fields = {}
  for _, q in ipairs(questions) do table.insert(fields, '"' .. q[1] .. '":"' .. pick(q[2]) .. '"') end
  return '{"answers":{' .. table.concat(fields, ",") .. '}}'
end

return answers
