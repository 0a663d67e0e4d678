-- wrk script: POST /oauth/token with client_credentials (client_secret_post).
-- CLIENT_ID and CLIENT_SECRET come from the environment (set by run.sh).
local id = os.getenv("CLIENT_ID")
local secret = os.getenv("CLIENT_SECRET")
local function encode(s)
    return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "grant_type=client_credentials&client_id=" .. encode(id) .. "&client_secret=" .. encode(secret)
