#!/usr/bin/env bash
# Ward QMS: build, run and check the whole stack (as the Alfresco SDK's run.sh).
#
#   ./run.sh build_start   build the JARs and images, start, wait until healthy, provision
#   ./run.sh start         start the stack already built, wait until healthy
#   ./run.sh stop          stop it (data kept in the volumes)
#   ./run.sh purge [--yes] stop it and delete its volumes (every document and record in it)
#   ./run.sh tail [svc]    follow the logs (of one service: alfresco, share, ward-qms-service, ...)
#   ./run.sh build_test    mvn -B verify, then a throw-away stack: build, start, provision, smoke, purge
#   ./run.sh provision     administrator password, the service account, the QMS site (idempotent)
#   ./run.sh smoke         exercise a running stack over HTTP as staff would (WebDAV, workflow, search)
#   ./run.sh check-models [--builtins DIR] FILE...   load content models as the repository does (our checker)
#   ./run.sh check-share [--model FILE]... FILE...   read Share forms config as Share does (our checker)
#
# Settings and secrets: docker/.env (made from docker/.env.example on first use, random secrets filled in).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DOCKER_DIR="$ROOT/docker"
ENV_FILE="${WARD_QMS_ENV_FILE:-$DOCKER_DIR/.env}"
COMPOSE_FILE="$DOCKER_DIR/docker-compose.yml"
PROJECT="${WARD_QMS_PROJECT:-ward-qms}"
HEALTH_TIMEOUT="${WARD_QMS_HEALTH_TIMEOUT:-900}"
SERVICE_ACCOUNT=ward-qms-service
API=/alfresco/api/-default-/public/alfresco/versions/1
WORKFLOW_API=/alfresco/api/-default-/public/workflow/versions/1
INFRA_SERVICES=(postgres activemq transform-core-aio solr6 alfresco share proxy)
ALL_SERVICES=("${INFRA_SERVICES[@]}" ward-qms-service)

say() { printf 'ward-qms: %s\n' "$*"; }
die() { printf 'ward-qms: ERROR: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

# ---- prerequisites and settings --------------------------------------------------------------------------------

COMPOSE=()
require_docker() {
  command -v docker >/dev/null 2>&1 || die "Docker is not installed: install Docker Engine 24+ with the compose plugin (https://docs.docker.com/engine/install/)"
  docker info >/dev/null 2>&1 || die "Docker is installed but its daemon does not answer: start it (sudo systemctl start docker) or add your user to the 'docker' group"
  if docker compose version >/dev/null 2>&1; then
    COMPOSE=(docker compose)
  elif command -v docker-compose >/dev/null 2>&1; then
    COMPOSE=(docker-compose)
  else
    die "Docker Compose is missing: install the docker compose plugin (package docker-compose-plugin)"
  fi
  COMPOSE+=(-p "$PROJECT" -f "$COMPOSE_FILE" --env-file "$ENV_FILE")
}

require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' is needed: install it (Debian/Ubuntu: sudo apt-get install $tool)"
  done
}

random_secret() {
  # 32 letters and digits: safe in URLs, JAVA_OPTS and curl's configuration.
  local secret
  secret="$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 32 || true)"
  [ "${#secret}" -eq 32 ] || die "could not read random bytes from /dev/urandom"
  printf '%s' "$secret"
}

# docker/.env from .env.example on first use, every <generate> replaced by its own random secret.
ensure_env() {
  if [ ! -f "$ENV_FILE" ]; then
    local line
    (
      umask 077
      while IFS= read -r line || [ -n "$line" ]; do
        if [[ "$line" =~ ^[A-Z_]+=\<generate\>$ ]]; then
          line="${line%<generate>}$(random_secret)"
        fi
        printf '%s\n' "$line"
      done <"$DOCKER_DIR/.env.example" >"$ENV_FILE"
    )
    say "made $ENV_FILE with new random passwords: keep a copy with your backups"
  fi
  if grep -q '^[A-Z_]*=<generate>$' "$ENV_FILE"; then
    die "$ENV_FILE still has <generate> placeholders: delete the file to make a new one, or fill them in"
  fi
  set -a
  # shellcheck source=/dev/null
  . "$ENV_FILE"
  set +a
  WARD_QMS_VERSION="$(grep -m1 -o '<version>[^<]*</version>' "$ROOT/pom.xml" | sed 's:</\{0,1\}version>::g')"
  [ -n "$WARD_QMS_VERSION" ] || die "cannot read the project version from $ROOT/pom.xml"
  export WARD_QMS_VERSION
}

base_url() { printf 'http://localhost:%s' "${WARD_QMS_HTTP_PORT:-8080}"; }

# ---- the stack -------------------------------------------------------------------------------------------------

proxy_running() {
  [ -n "$("${COMPOSE[@]}" ps -q proxy 2>/dev/null)" ]
}

check_ports() {
  proxy_running && return 0
  local port name
  for name in WARD_QMS_HTTP_PORT WARD_QMS_HTTPS_PORT; do
    port="${!name:-}"
    [ -n "$port" ] || continue
    if (: <"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      die "port $port is busy (another program listens on it): stop that program, or set $name to a free port in $ENV_FILE"
    fi
  done
}

build() {
  require_tools mvn
  say "building the JARs (mvn -B package -DskipTests; ./run.sh build_test runs the tests)"
  (cd "$ROOT" && mvn -B -q package -DskipTests) || die "the Maven build failed (see above)"
  local jar
  for jar in "ward-qms-platform/target/ward-qms-platform-$WARD_QMS_VERSION.jar" \
             "ward-qms-share/target/ward-qms-share-$WARD_QMS_VERSION.jar" \
             "ward-qms-service/target/ward-qms-service.jar"; do
    [ -f "$ROOT/$jar" ] || die "the build did not produce $jar, which the images need"
  done
  say "building the images (version $WARD_QMS_VERSION)"
  "${COMPOSE[@]}" build --pull alfresco share ward-qms-service || die "building the images failed (see above)"
}

up() {
  check_ports
  "${COMPOSE[@]}" up -d "$@" || die "docker compose could not start the stack (see above)"
}

health_of() {
  local id="$1"
  docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$id" 2>/dev/null || echo missing
}

# Waits until every given service reports healthy; a failed health check or a stopped container ends it.
wait_healthy() {
  local deadline=$((SECONDS + HEALTH_TIMEOUT)) service id status pending
  say "waiting until healthy: $* (up to ${HEALTH_TIMEOUT}s; ACS takes a few minutes on first start)"
  while :; do
    pending=()
    for service in "$@"; do
      id="$("${COMPOSE[@]}" ps -q "$service" 2>/dev/null || true)"
      if [ -z "$id" ]; then
        die "service $service is not running: see ./run.sh tail $service"
      fi
      status="$(health_of "$id")"
      case "$status" in
        healthy) ;;
        unhealthy)
          printf 'ward-qms: last health check output of %s:\n' "$service" >&2
          docker inspect -f '{{range .State.Health.Log}}{{.Output}}{{end}}' "$id" | tail -n 5 >&2 || true
          die "service $service failed its health check: see ./run.sh tail $service" ;;
        exited|dead|missing)
          "${COMPOSE[@]}" logs --tail=30 "$service" >&2 || true
          die "service $service stopped ($status): see ./run.sh tail $service" ;;
        *) pending+=("$service") ;;
      esac
    done
    [ "${#pending[@]}" -eq 0 ] && break
    [ "$SECONDS" -lt "$deadline" ] || die "still not healthy after ${HEALTH_TIMEOUT}s: ${pending[*]} (see ./run.sh tail ${pending[0]}; a slow machine may need WARD_QMS_HEALTH_TIMEOUT=1800)"
    sleep 10
  done
  say "healthy: $*"
}

print_urls() {
  local url
  url="$(base_url)"
  cat <<EOF
ward-qms: Ward QMS is running.
  Share (staff):        $url/share/          sign in as admin with ALFRESCO_ADMIN_PASSWORD from docker/.env
  Repository / admin:   $url/alfresco/       Admin Console: $url/alfresco/s/admin
  Network drive:        $url/alfresco/webdav (docs/network-drive.md)
  Records search:       $url/ward-qms/api/records?recordType=...
  HTTPS:                https://${WARD_QMS_PUBLIC_HOST:-localhost}:${WARD_QMS_HTTPS_PORT:-8443}/share/
EOF
}

# ---- REST calls (curl; credentials through a config on a file descriptor, never on the command line) -----------

RESPONSE=""
new_response() { RESPONSE="$(mktemp)"; trap 'rm -f "$RESPONSE" "${SMOKE_FILE:-}"' EXIT; }

curl_auth() {
  local user="$1" password="$2"
  password="${password//\\/\\\\}"
  printf 'user = "%s:%s"\n' "$user" "${password//\"/\\\"}"
}

# api USER PASSWORD METHOD PATH [JSON] -> prints the HTTP status; the body is in $RESPONSE. The JSON (which may hold a
# password) goes to curl on its standard input, and the credentials through a config on a file descriptor: neither
# is on a command line, where any user's ps could read it. Passwords reach jq in its environment (env.WQ_SECRET).
api() {
  local user="$1" password="$2" method="$3" path="$4" body="${5:-}"
  local args=(-sS -o "$RESPONSE" -w '%{http_code}' -X "$method" -H 'Accept: application/json')
  if [ -n "$body" ]; then
    curl "${args[@]}" -H 'Content-Type: application/json' --data-binary @- -K <(curl_auth "$user" "$password") \
      "$(base_url)$path" <<<"$body" || true
  else
    curl "${args[@]}" -K <(curl_auth "$user" "$password") "$(base_url)$path" || true
  fi
}

# webdav_put USER PASSWORD PATH FILE -> prints the HTTP status of the PUT.
webdav_put() {
  local user="$1" password="$2" path="$3" file="$4"
  curl -sS -o "$RESPONSE" -w '%{http_code}' -T "$file" -K <(curl_auth "$user" "$password") \
    "$(base_url)/alfresco/webdav$path" || true
}

uri() { jq -rn --arg s "$1" '$s|@uri'; }
# A repository path as a WebDAV URL path: each name percent-encoded.
dav_path() {
  local out="" part parts
  IFS=/ read -r -a parts <<<"$1"
  for part in "${parts[@]}"; do
    if [ -n "$part" ]; then out+="/$(uri "$part")"; fi
  done
  printf '%s' "$out"
}

# ---- provisioning ----------------------------------------------------------------------------------------------

provision() {
  require_tools curl jq
  new_response
  wait_healthy alfresco proxy
  local status
  # The administrator: the repository starts with admin/admin; the password in docker/.env replaces it.
  status="$(api admin "$ALFRESCO_ADMIN_PASSWORD" GET "$API/people/-me-")"
  if [ "$status" != 200 ]; then
    status="$(api admin admin GET "$API/people/-me-")"
    [ "$status" = 200 ] || die "the administrator 'admin' accepts neither ALFRESCO_ADMIN_PASSWORD from $ENV_FILE nor the initial password (HTTP $status)"
    status="$(api admin admin PUT "$API/people/-me-" "$(WQ_SECRET="$ALFRESCO_ADMIN_PASSWORD" jq -n '{oldPassword: "admin", password: env.WQ_SECRET}')")"
    [ "$status" = 200 ] || die "could not change the administrator's initial password (HTTP $status): $(cat "$RESPONSE")"
    say "the administrator's password is now ALFRESCO_ADMIN_PASSWORD from docker/.env"
  fi

  # The service's own account, created once; its password follows docker/.env.
  status="$(api admin "$ALFRESCO_ADMIN_PASSWORD" GET "$API/people/$SERVICE_ACCOUNT")"
  if [ "$status" = 404 ]; then
    status="$(api admin "$ALFRESCO_ADMIN_PASSWORD" POST "$API/people" "$(WQ_SECRET="$WARD_QMS_SERVICE_PASSWORD" jq -n --arg id "$SERVICE_ACCOUNT" \
      '{id: $id, firstName: "Ward QMS", lastName: "service", email: ($id + "@localhost"), password: env.WQ_SECRET, enabled: true}')")"
    [ "$status" = 201 ] || die "could not create the service account $SERVICE_ACCOUNT (HTTP $status): $(cat "$RESPONSE")"
    say "created the service account $SERVICE_ACCOUNT"
  elif [ "$status" = 200 ]; then
    if [ "$(api "$SERVICE_ACCOUNT" "$WARD_QMS_SERVICE_PASSWORD" GET "$API/people/-me-")" != 200 ]; then
      status="$(api admin "$ALFRESCO_ADMIN_PASSWORD" PUT "$API/people/$SERVICE_ACCOUNT" "$(WQ_SECRET="$WARD_QMS_SERVICE_PASSWORD" jq -n '{password: env.WQ_SECRET}')")"
      [ "$status" = 200 ] || die "could not set the service account's password (HTTP $status)"
      say "the service account's password now follows WARD_QMS_SERVICE_PASSWORD"
    fi
  else
    die "cannot read the service account $SERVICE_ACCOUNT (HTTP $status)"
  fi

  # The site, groups, folders and rules: the service's provision command, as administrator for this run only.
  say "provisioning the QMS site (as admin, this run only)"
  set +e
  ACS_PASSWORD="$ALFRESCO_ADMIN_PASSWORD" "${COMPOSE[@]}" run --rm --no-deps -e ACS_USERNAME=admin -e ACS_PASSWORD \
    ward-qms-service provision
  status=$?
  set -e
  case "$status" in
    0) ;;
    3) die "provisioning found conflicts (listed above): fix them in the repository, then run ./run.sh provision again" ;;
    2) die "provisioning stopped on a configuration error (above): fix docker/.env or docker/config/application.yml" ;;
    *) die "provisioning failed (exit code $status, see above)" ;;
  esac

  # Least privilege: the running service is a member of the quality secretary's group and nothing more.
  status="$(api admin "$ALFRESCO_ADMIN_PASSWORD" POST "$API/groups/GROUP_WARDQMS_SECRETARY/members" \
    "$(jq -n --arg id "$SERVICE_ACCOUNT" '{id: $id, memberType: "PERSON"}')")"
  case "$status" in
    201) say "$SERVICE_ACCOUNT is now a member of GROUP_WARDQMS_SECRETARY" ;;
    409) ;;
    *) die "could not add $SERVICE_ACCOUNT to GROUP_WARDQMS_SECRETARY (HTTP $status): $(cat "$RESPONSE")" ;;
  esac
  say "provisioned"
}

# ---- smoke test ------------------------------------------------------------------------------------------------

SMOKE_FILE=""
check() { printf 'ward-qms smoke: ok   %s\n' "$*"; }
fail() { printf 'ward-qms smoke: FAIL %s\n' "$*" >&2; exit 1; }

# smoke_user ID PASSWORD GROUP...: a test person (made or reset) in the given groups.
smoke_user() {
  local id="$1" password="$2" group status
  shift 2
  status="$(api admin "$ALFRESCO_ADMIN_PASSWORD" GET "$API/people/$id")"
  if [ "$status" = 404 ]; then
    status="$(api admin "$ALFRESCO_ADMIN_PASSWORD" POST "$API/people" "$(WQ_SECRET="$password" jq -n --arg id "$id" \
      '{id: $id, firstName: $id, lastName: "smoke test", email: ($id + "@localhost"), password: env.WQ_SECRET}')")"
    [ "$status" = 201 ] || fail "could not create the test user $id (HTTP $status): $(cat "$RESPONSE")"
  else
    status="$(api admin "$ALFRESCO_ADMIN_PASSWORD" PUT "$API/people/$id" "$(WQ_SECRET="$password" jq -n '{password: env.WQ_SECRET}')")"
    [ "$status" = 200 ] || fail "could not reset the test user $id (HTTP $status)"
  fi
  for group in "$@"; do
    status="$(api admin "$ALFRESCO_ADMIN_PASSWORD" POST "$API/groups/$group/members" "$(jq -n --arg id "$id" '{id: $id, memberType: "PERSON"}')")"
    case "$status" in 201|409) ;; *) fail "could not add $id to $group (HTTP $status): $(cat "$RESPONSE")" ;; esac
  done
}

node_by_path() { # USER PASSWORD PATH-UNDER-COMPANY-HOME -> node JSON in $RESPONSE, prints the status
  api "$1" "$2" GET "$API/nodes/-root-?relativePath=$(uri "$3")&include=properties,aspectNames,path"
}

# poll SECONDS DESCRIPTION COMMAND...: runs the command every 5 s until it succeeds.
poll() {
  local limit=$((SECONDS + $1)) what="$2"
  shift 2
  until "$@"; do
    [ "$SECONDS" -lt "$limit" ] || fail "$what: not so after waiting"
    sleep 5
  done
}

minor_versions() { # NODE-ID -> number of minor versions since the last major one
  api admin "$ALFRESCO_ADMIN_PASSWORD" GET "$API/nodes/$1/versions?maxItems=1000" >/dev/null
  jq '[.list.entries[].entry.id] | ((map(endswith(".0")) | index(true)) // length) as $stop | .[:$stop] | length' "$RESPONSE"
}

compacted() { [ "$(minor_versions "$1")" -le 1 ]; }

smoke() {
  require_tools curl jq
  new_response
  wait_healthy "${ALL_SERVICES[@]}"
  [ "${WARD_QMS_LEAD_DAYS:-7}" = 0 ] || die "smoke checks that an approved document comes into force at once: it needs WARD_QMS_LEAD_DAYS=0 (./run.sh build_test runs it on a throw-away stack so)"

  local site="Sites/${WARD_QMS_SITE_ID:-ward-qms}/documentLibrary" stamp password
  stamp="$(date +%Y%m%d%H%M%S)"
  password="$(random_secret)"
  smoke_user smoke-drafter "$password" GROUP_WARDQMS_UNIT_VP
  smoke_user smoke-reviewer "$password" GROUP_WARDQMS_REVIEWERS
  smoke_user smoke-approver "$password" GROUP_WARDQMS_APPROVERS
  check "test users smoke-drafter (unit VP), smoke-reviewer, smoke-approver"

  # 1. A draft uploaded over WebDAV becomes a controlled document in DRAFT.
  local name="smoke-$stamp.txt" drafts="$site/Dự thảo" status id
  SMOKE_FILE="$(mktemp)"
  printf 'Quy trình kiểm tra %s — bản 1\n' "$stamp" >"$SMOKE_FILE"
  status="$(webdav_put smoke-drafter "$password" "$(dav_path "$drafts/$name")" "$SMOKE_FILE")"
  [[ "$status" = 201 || "$status" = 204 ]] || fail "WebDAV upload of $name into Dự thảo answered HTTP $status"
  [ "$(node_by_path smoke-drafter "$password" "$drafts/$name")" = 200 ] || fail "the uploaded draft $name is not in Dự thảo"
  id="$(jq -r .entry.id "$RESPONSE")"
  if [ "$(jq -r '.entry.nodeType + " " + (.entry.properties["qms:lifecycleState"] // "-")' "$RESPONSE")" != "qms:controlledDocument DRAFT" ]; then
    fail "the uploaded draft is $(jq -r '.entry.nodeType + " in state " + (.entry.properties["qms:lifecycleState"] // "-")' "$RESPONSE"), not a qms:controlledDocument in DRAFT"
  fi
  check "WebDAV upload into Dự thảo: $name is a qms:controlledDocument in DRAFT"

  # 2. Office lock and temporary files saved beside it do not become documents.
  local temp
  for temp in "~\$smoke-$stamp.docx" ".~lock.smoke-$stamp.txt#" "smoke-$stamp.tmp" "._smoke-$stamp.txt"; do
    status="$(webdav_put smoke-drafter "$password" "$(dav_path "$drafts/$temp")" "$SMOKE_FILE")"
    [[ "$status" = 201 || "$status" = 204 ]] || fail "WebDAV upload of the temporary file $temp answered HTTP $status"
    if [ "$(node_by_path smoke-drafter "$password" "$drafts/$temp")" = 200 ] && [ "$(jq -r .entry.nodeType "$RESPONSE")" != cm:content ]; then
      fail "the temporary file $temp became a $(jq -r .entry.nodeType "$RESPONSE")"
    fi
  done
  check "Office lock and temporary files (~\$x.docx, .~lock.x#, *.tmp, ._x) stay plain content, not documents"

  # 3. Saving the draft again and again leaves one minor version for the editing session.
  local save saves=6
  for save in $(seq 2 "$saves"); do
    printf 'Quy trình kiểm tra %s — lần lưu %s\n' "$stamp" "$save" >"$SMOKE_FILE"
    status="$(webdav_put smoke-drafter "$password" "$(dav_path "$drafts/$name")" "$SMOKE_FILE")"
    [[ "$status" = 201 || "$status" = 204 ]] || fail "WebDAV save $save of the draft answered HTTP $status"
    sleep 1
  done
  poll 120 "the draft's minor versions compacted to one per editing session" compacted "$id"
  check "$saves saves over WebDAV in one editing session leave $(minor_versions "$id") minor version"

  # 4. Approval over the workflow REST API: submit, review, approve.
  status="$(api smoke-drafter "$password" PUT "$API/nodes/$id" '{"properties":{"qms:documentKind":"PROCEDURE","cm:title":"Quy trình kiểm tra (smoke test)"}}')"
  [ "$status" = 200 ] || fail "setting the draft's kind answered HTTP $status: $(cat "$RESPONSE")"
  status="$(api smoke-drafter "$password" POST "$WORKFLOW_API/processes" "$(jq -n --arg id "$id" \
    '{processDefinitionKey: "qmsDocumentApproval", items: [$id], variables: {qmswf_reviewers: ["smoke-reviewer"], qmswf_approver: "smoke-approver", qmswf_changeSummary: "Ban hành lần đầu (smoke test)"}}')")"
  [ "$status" = 201 ] || fail "starting qmsDocumentApproval answered HTTP $status: $(cat "$RESPONSE")"
  local process task
  process="$(jq -r .entry.id "$RESPONSE")"
  complete_task smoke-reviewer "$password" "$process" qmswf_reviewOutcome
  complete_task smoke-approver "$password" "$process" qmswf_approvalOutcome
  check "approval process $process: reviewed and approved over the workflow REST API"

  # 5. The service publishes it: EFFECTIVE with its code and issue number, placed in its kind's area.
  poll 300 "the approved document in force (EFFECTIVE, issue number, in Tài liệu nội bộ, owned by $SERVICE_ACCOUNT)" effective "$id"
  local code issue path
  code="$(jq -r '.entry.properties["qms:documentCode"] // "?"' "$RESPONSE")"
  issue="$(jq -r '.entry.properties["qms:issueNumber"]' "$RESPONSE")"
  path="$(jq -r '.entry.path.name + "/" + .entry.name' "$RESPONSE")"
  check "in force: $code issue $issue at ${path#/Company Home/}"

  # 6. Staff cannot overwrite a document in force over WebDAV, and the file is unchanged.
  local before after
  api admin "$ALFRESCO_ADMIN_PASSWORD" GET "$API/nodes/$id/content" >/dev/null; before="$(cksum <"$RESPONSE")"
  printf 'overwritten by the smoke test\n' >"$SMOKE_FILE"
  status="$(webdav_put smoke-drafter "$password" "$(dav_path "${path#/Company Home/}")" "$SMOKE_FILE")"
  [[ "$status" = 403 || "$status" = 401 || "$status" = 423 ]] || fail "overwriting the document in force answered HTTP $status, not a refusal"
  api admin "$ALFRESCO_ADMIN_PASSWORD" GET "$API/nodes/$id/content" >/dev/null; after="$(cksum <"$RESPONSE")"
  [ "$before" = "$after" ] || fail "the document in force was changed by a refused save"
  check "saving over the document in force is refused (HTTP $status) and the file is unchanged"

  # 7. The obsolete area is not visible to staff, over the REST API nor on the network drive.
  status="$(node_by_path smoke-drafter "$password" "$site/Tài liệu lỗi thời")"
  [ "$status" != 200 ] || fail "staff can see the obsolete area Tài liệu lỗi thời"
  status="$(curl -sS -o "$RESPONSE" -w '%{http_code}' -X PROPFIND -H 'Depth: 0' -K <(curl_auth smoke-drafter "$password") \
    "$(base_url)/alfresco/webdav$(dav_path "$site/Tài liệu lỗi thời")" || true)"
  [[ "$status" != 207 && "$status" != 200 ]] || fail "staff can open the obsolete area over WebDAV (HTTP $status)"
  check "the obsolete area is invisible to staff (REST and WebDAV)"

  # 8. Records by type: a record filed over WebDAV, typed, then found by the service's records search.
  local records year record
  year="$(date +%Y)"
  records="$site/Hồ sơ/Văn phòng HĐND và UBND/$year"
  record="smoke-record-$stamp.txt"
  printf 'Hồ sơ kiểm tra %s\n' "$stamp" >"$SMOKE_FILE"
  status="$(webdav_put smoke-drafter "$password" "$(dav_path "$records/$record")" "$SMOKE_FILE")"
  [[ "$status" = 201 || "$status" = 204 ]] || fail "WebDAV upload of a record into $records answered HTTP $status"
  [ "$(node_by_path smoke-drafter "$password" "$records/$record")" = 200 ] || fail "the record $record is not in $records"
  [ "$(jq -r .entry.nodeType "$RESPONSE")" = qms:record ] || fail "the filed record is $(jq -r .entry.nodeType "$RESPONSE"), not qms:record"
  status="$(api smoke-drafter "$password" PUT "$API/nodes/$(jq -r .entry.id "$RESPONSE")" '{"properties":{"qms:recordTypeCode":"QLCL.01"}}')"
  [ "$status" = 200 ] || fail "typing the record answered HTTP $status: $(cat "$RESPONSE")"
  poll 180 "the record found by GET /ward-qms/api/records?recordType=QLCL.01" record_found smoke-drafter "$password" "$record"
  check "records search by type finds $record (QLCL.01)"
  say "smoke test passed"
}

complete_task() { # USER PASSWORD PROCESS-ID OUTCOME-VARIABLE
  local user="$1" password="$2" process="$3" outcome="$4" task status
  poll 60 "a task of process $process for $user" task_of "$user" "$password" "$process"
  task="$(jq -r '.list.entries[0].entry.id' "$RESPONSE")"
  status="$(api "$user" "$password" PUT "$WORKFLOW_API/tasks/$task?select=state,variables" "$(jq -n --arg v "$outcome" \
    '{state: "completed", variables: [{name: $v, value: "Approve", scope: "local"}, {name: "bpm_comment", value: "Đồng ý (smoke test)", scope: "local"}]}')")"
  [ "$status" = 200 ] || fail "$user could not complete task $task (HTTP $status): $(cat "$RESPONSE")"
}

task_of() {
  [ "$(api "$1" "$2" GET "$WORKFLOW_API/tasks?where=$(uri "(processId='$3')")")" = 200 ] \
    && [ "$(jq '.list.entries | length' "$RESPONSE")" -gt 0 ]
}

effective() {
  [ "$(api admin "$ALFRESCO_ADMIN_PASSWORD" GET "$API/nodes/$1?include=properties,path")" = 200 ] \
    && [ "$(jq -r '.entry.properties["qms:lifecycleState"]' "$RESPONSE")" = EFFECTIVE ] \
    && [ "$(jq -r '.entry.properties["qms:issueNumber"] // empty' "$RESPONSE")" != "" ] \
    && [ "$(jq -r '.entry.properties["cm:owner"] // empty' "$RESPONSE")" = "$SERVICE_ACCOUNT" ] \
    && jq -e '.entry.path.name | contains("/Tài liệu nội bộ")' "$RESPONSE" >/dev/null
}

record_found() {
  [ "$(api "$1" "$2" GET "/ward-qms/api/records?recordType=QLCL.01&kind=record&maxItems=100")" = 200 ] \
    && jq -e --arg n "$3" '[.list.entries[] | tostring | contains($n)] | any' "$RESPONSE" >/dev/null
}

# ---- commands --------------------------------------------------------------------------------------------------

cmd_build_start() {
  require_docker; ensure_env
  build
  up "${INFRA_SERVICES[@]}"
  wait_healthy "${INFRA_SERVICES[@]}"
  provision
  up ward-qms-service
  wait_healthy ward-qms-service
  print_urls
}

cmd_start() {
  require_docker; ensure_env
  up
  wait_healthy "${ALL_SERVICES[@]}"
  print_urls
}

cmd_stop() {
  require_docker; ensure_env
  "${COMPOSE[@]}" down
  say "stopped; the data stays in the volumes (./run.sh start to go on)"
}

cmd_purge() {
  require_docker; ensure_env
  if [ "${1:-}" != --yes ]; then
    [ -t 0 ] || die "purge deletes every document and record of the '$PROJECT' stack: run ./run.sh purge --yes"
    local answer
    read -r -p "Delete every document and record of the '$PROJECT' stack (its volumes)? Type yes: " answer
    [ "$answer" = yes ] || die "nothing deleted"
  fi
  "${COMPOSE[@]}" down -v --remove-orphans
  say "stopped and deleted the volumes of '$PROJECT'"
}

cmd_tail() {
  require_docker; ensure_env
  "${COMPOSE[@]}" logs -f --tail=200 "$@"
}

# The tests, then a throw-away stack (its own project, volumes and ports) with documents in force at once.
cmd_build_test() {
  require_tools mvn
  (cd "$ROOT" && mvn -B verify) || die "mvn -B verify failed (see above)"
  PROJECT="${WARD_QMS_TEST_PROJECT:-ward-qms-test}"
  require_docker; ensure_env
  export WARD_QMS_LEAD_DAYS=0 WARD_QMS_SWEEP_INTERVAL=PT1M
  export WARD_QMS_HTTP_PORT="${WARD_QMS_TEST_HTTP_PORT:-18080}" WARD_QMS_HTTPS_PORT="${WARD_QMS_TEST_HTTPS_PORT:-18443}"
  build
  up "${INFRA_SERVICES[@]}"
  wait_healthy "${INFRA_SERVICES[@]}"
  provision
  up ward-qms-service
  set +e
  (smoke)
  local result=$?
  set -e
  "${COMPOSE[@]}" down -v --remove-orphans
  [ "$result" = 0 ] || die "the smoke test failed on the test stack (it has been removed)"
  say "build_test passed"
}

# ---- our checkers of content models and Share config (no Docker, no Alfresco code: Java and ../shared) ----------

# The checkers' JAR, built first if it is missing or older than its sources.
checks_jar() {
  local jar="$ROOT/ward-qms-checks/target/ward-qms-checks.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/ward-qms-checks/src/main" "$ROOT/ward-qms-checks/pom.xml" -newer "$jar" -print -quit)" ]; then
    require_tools mvn java
    (cd "$ROOT" && mvn -B -q -Dstyle.color=never -pl ward-qms-checks package -DskipTests) >&2 || die "could not build the checkers (mvn -pl ward-qms-checks package)"
  fi
  printf '%s' "$jar"
}

run_checker() { # MAIN-CLASS ARGS...: the files are taken relative to the current folder
  local main_class="$1" jar
  shift
  require_tools java
  jar="$(checks_jar)"
  exec java -cp "$jar" -Dwardqms.shared.dir="${WARD_QMS_SHARED:-$ROOT/../shared}" "$main_class" "$@"
}

cmd_provision() { require_docker; ensure_env; provision; }
cmd_smoke() { require_docker; ensure_env; smoke; }

main() {
  local command="${1:-}"
  [ $# -gt 0 ] && shift
  case "$command" in
    build_start) cmd_build_start ;;
    start) cmd_start ;;
    stop) cmd_stop ;;
    purge) cmd_purge "$@" ;;
    tail) cmd_tail "$@" ;;
    build_test) cmd_build_test ;;
    provision) cmd_provision ;;
    smoke) cmd_smoke ;;
    check-models) run_checker vn.wardqms.checks.model.CheckModels "$@" ;;
    check-share) run_checker vn.wardqms.checks.share.CheckShare "$@" ;;
    -h|--help|help) usage 0 ;;
    "") usage 2 ;;
    *) printf 'ward-qms: unknown command %s\n' "$command" >&2; usage 2 ;;
  esac
}

main "$@"
