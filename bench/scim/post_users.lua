-- wrk script for bench/scim/side_by_side.py: POST /Users with a unique userName per request, the same body shape as
-- the Python steps. WRK_TOKEN: the directory's bearer secret; WRK_PATH: the SCIM base path + /Users; WRK_PREFIX:
-- a userName prefix (one Lua state per wrk thread, each with its own random tag).
local counter = 0
local prefix = os.getenv("WRK_PREFIX") or "wrk"
local token = os.getenv("WRK_TOKEN")
local path = os.getenv("WRK_PATH")
function setup(thread)
  thread:set("tid", tostring(math.random(100000000)))
end
request = function()
  counter = counter + 1
  local n = tid .. "-" .. counter
  local body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"' .. prefix .. "-" .. n ..
    '@example.com","externalId":"' .. prefix .. "-" .. n .. '","name":{"givenName":"G' .. counter ..
    '","familyName":"F' .. counter .. '"},"active":true,"emails":[{"value":"' .. prefix .. "-" .. n ..
    '@example.com","type":"work","primary":true}]}'
  return wrk.format("POST", path, {["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/scim+json"}, body)
end
