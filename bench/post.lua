-- wrk: POST a random complete answer set, as the form ($MODE=form) or to the JSON API ($MODE=api).
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
local api = os.getenv("MODE") == "api"
local function pick(options) return options[math.random(#options)] end
function request()
  local fields = {}
  for _, q in ipairs(questions) do
    if api then
      table.insert(fields, '"' .. q[1] .. '":"' .. pick(q[2]) .. '"')
    else
      table.insert(fields, q[1] .. "=" .. pick(q[2]))
    end
  end
  if api then
    return wrk.format("POST", "/api/v1/recommendations", { ["Content-Type"] = "application/json" },
      '{"answers":{' .. table.concat(fields, ",") .. '}}')
  end
  return wrk.format("POST", "/questionnaire", { ["Content-Type"] = "application/x-www-form-urlencoded" },
    table.concat(fields, "&"))
end
