-- wrk: POST a random complete answer set, as the form ($MODE=form) or to the JSON API ($MODE=api).
local answers = dofile("bench/answers.lua")
local api = os.getenv("MODE") == "api"
function request()
  if api then
    return wrk.format("POST", "/api/v1/recommendations", { ["Content-Type"] = "application/json" }, answers.json())
  end
  return wrk.format("POST", "/questionnaire", { ["Content-Type"] = "application/x-www-form-urlencoded" },
    answers.form())
end
