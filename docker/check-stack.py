#!/usr/bin/env python3
"""Static checks of the Docker stack, for CI (no Docker engine needed): run after `mvn -B verify` (or package).

- docker-compose.yml validates (`docker-compose config`), and a missing secret stops it with the variable's name;
- every image (compose and Dockerfile FROM) is pinned to an exact release of the line Alfresco's community
  deployment uses: no `latest`, no floating major or minor tag;
- every service has a health check; stateful services keep their data in named volumes; only the proxy
  publishes ports; every variable the compose file requires is in .env.example;
- our Dockerfiles copy JARs the build really produces, their .dockerignore lets them through, and they end as a
  non-root user;
- run.sh and .ci/run pass shellcheck, and run.sh stops with a clear message when Docker is missing, its daemon is
  down, a port is busy or a health check fails (against a stand-in docker CLI); every repository REST call it
  makes is an operation of Alfresco's API definitions (../shared/alfresco/openapi).

Usage: python3 docker/check-stack.py   (from anywhere; needs docker-compose, shellcheck and PyYAML)
"""
import fnmatch
import os
import re
import subprocess
import sys
import tempfile

import yaml

DOCKER = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(DOCKER)
COMPOSE = os.path.join(DOCKER, "docker-compose.yml")

# Image -> the exact-release tag pattern of the line Alfresco's community deployment uses (and ours).
PINNED = {
    "alfresco/alfresco-content-repository-community": r"26\.1\.\d+",
    "alfresco/alfresco-share": r"26\.1\.\d+",
    "library/postgres": r"17\.\d+",  # PostgreSQL releases are major.minor
    "alfresco/alfresco-search-services": r"2\.0\.\d+",
    "alfresco/alfresco-activemq": r"6\.2\.\d+-jre17-rockylinux8",
    "alfresco/alfresco-transform-core-aio": r"5\.\d+\.\d+",
    "library/traefik": r"v3\.\d+\.\d+",
    "library/eclipse-temurin": r"17\.0\.\d+_\d+-jre-[a-z]+",
}
# Where each stateful service keeps its data.
DATA = {
    "alfresco": "/usr/local/tomcat/alf_data",
    "postgres": "/var/lib/postgresql/data",
    "solr6": "/opt/alfresco-search-services/data",
    "activemq": "/opt/activemq/data",
}
OURS = {"alfresco", "share", "ward-qms-service"}
# Our images built on alfresco-base-tomcat (Tomcat 11): /usr/local/tomcat is root:tomcat, directories 0770 and
# files 0640, so a non-root user outside the tomcat group cannot even run the entrypoint (../shared/alfresco/README.md).
TOMCAT_GROUP = {"share"}
# Our own Java services, whose JVM must exit on OutOfMemoryError.
JAVA_SERVICES = {"ward-qms-service"}

passed, failed, skipped = 0, 0, 0


def ok(message):
    global passed
    passed += 1
    print("stack check ok:   " + message)


def fail(message):
    global failed
    failed += 1
    print("stack check FAIL: " + message)


def skip(message):
    global skipped
    skipped += 1
    print("stack check SKIP: " + message)


def project_version():
    with open(os.path.join(ROOT, "pom.xml"), encoding="utf-8") as pom:
        match = re.search(r"<version>([^<]+)</version>", pom.read())
    if not match:
        sys.exit("check-stack: cannot read the project version from pom.xml")
    return match.group(1)


def project_modules():
    with open(os.path.join(ROOT, "pom.xml"), encoding="utf-8") as pom:
        return set(re.findall(r"<module>([^<]+)</module>", pom.read()))


def example_env():
    """The values of .env.example, each <generate> replaced by a test value (as run.sh does with random ones)."""
    values = {}
    with open(os.path.join(DOCKER, ".env.example"), encoding="utf-8") as env:
        for number, line in enumerate(env, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if "=" not in line:
                fail(f"docker/.env.example:{number}: not NAME=value: {line!r}")
                continue
            name, value = line.split("=", 1)
            values[name] = "test-" + name.lower() if value == "<generate>" else value
    return values


def compose_config(env, version):
    with tempfile.NamedTemporaryFile("w", suffix=".env", delete=False) as f:
        f.writelines(f"{k}={v}\n" for k, v in env.items())
        env_file = f.name
    try:
        environment = {k: v for k, v in os.environ.items() if k not in env and k != "WARD_QMS_VERSION"}
        if version:
            environment["WARD_QMS_VERSION"] = version
        return subprocess.run(["docker-compose", "-f", COMPOSE, "--env-file", env_file, "config"],
                              capture_output=True, text=True, env=environment, cwd=DOCKER)
    finally:
        os.unlink(env_file)


def split_image(image):
    """docker.io/library/postgres:17.9 -> ("library/postgres", "17.9")."""
    name, _, tag = image.rpartition(":") if ":" in image.split("/")[-1] else (image, "", "")
    for registry in ("docker.io/", "index.docker.io/"):
        if name.startswith(registry):
            name = name[len(registry):]
    if "/" not in name:
        name = "library/" + name
    return name, tag


def unpinned(image):
    """Why an image reference is not pinned, or None when it is."""
    if "@sha256:" in image:
        return None
    name, tag = split_image(image)
    if not tag or tag == "latest":
        return "has no pinned tag (latest or none)"
    if name not in PINNED:
        return "is not an image this stack pins (add it to PINNED in docker/check-stack.py with its exact-release pattern)"
    if not re.fullmatch(PINNED[name], tag):
        return f"tag {tag!r} is not an exact release of the pinned line ({PINNED[name]})"
    return None


def check_pinned(where, image):
    problem = unpinned(image)
    if problem:
        fail(f"{where}: {image} {problem}")
    else:
        ok(f"{where}: {image} pinned")


def check_the_pin_check():
    """The pin check itself refuses floating references (so a green run means something)."""
    floating = ["postgres", "postgres:latest", "docker.io/library/traefik:3.6", "traefik:v3",
                "alfresco/alfresco-share:26.1", "alfresco/alfresco-content-repository-community:25.2.0",
                "docker.io/alfresco/alfresco-search-services:2.0", "nginx:1.27.3"]
    accepted = [i for i in floating if unpinned(i) is None]
    if accepted:
        fail(f"the pin check accepts floating or foreign references: {accepted}")
    else:
        ok(f"the pin check refuses {len(floating)} floating or foreign references")


def dockerfile_copies(path, version):
    """(source, line) of every COPY from the build context, with ${WARD_QMS_VERSION} resolved."""
    copies, froms, users = [], [], []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    logical = re.sub(r"\\\n", " ", text).splitlines()
    for line in logical:
        words = line.split()
        if not words or words[0].startswith("#"):
            continue
        instruction = words[0].upper()
        if instruction == "FROM":
            froms.append(words[1])
        elif instruction == "USER":
            users.append(words[1])
        elif instruction == "COPY":
            args = [w for w in words[1:] if not w.startswith("--")]
            for source in args[:-1]:
                copies.append(source.replace("${WARD_QMS_VERSION}", version))
    return copies, froms, users


def check_dockerfiles(config, version):
    for service, spec in sorted(config["services"].items()):
        build = spec.get("build")
        if not build:
            continue
        dockerfile = os.path.normpath(os.path.join(build["context"], build.get("dockerfile", "Dockerfile")))
        where = os.path.relpath(dockerfile, ROOT)
        if not os.path.isfile(dockerfile):
            fail(f"{service}: its Dockerfile {where} does not exist")
            continue
        copies, froms, users = dockerfile_copies(dockerfile, version)
        for image in froms:
            check_pinned(f"{where} FROM", image)
        if not users or users[-1].split(":")[0] in ("root", "0"):
            fail(f"{where}: does not end as a non-root USER")
        else:
            ok(f"{where}: runs as {users[-1]}")
        if service in TOMCAT_GROUP:
            check_tomcat_group(where, users[-1] if users else "")
        if service in JAVA_SERVICES:
            check_exits_on_oom(where, dockerfile)
        ignore = dockerfile + ".dockerignore"
        allowed = []
        if os.path.isfile(ignore):
            with open(ignore, encoding="utf-8") as f:
                allowed = [l.strip()[1:] for l in f if l.strip().startswith("!")]
        for source in copies:
            if not source.endswith(".jar"):
                continue
            module = source.split("/")[0]
            if allowed and not any(fnmatch.fnmatch(source, pattern) for pattern in allowed):
                fail(f"{where}: copies {source}, which {os.path.relpath(ignore, ROOT)} keeps out of the build context")
            if os.path.isfile(os.path.join(ROOT, source)):
                ok(f"{where}: copies {source}, which the build produced")
            elif module not in project_modules():
                skip(f"{where}: copies {source}, but the Maven module {module} is not among pom.xml's modules in "
                     f"this checkout (the image cannot be built until it is)")
            else:
                fail(f"{where}: copies {source}, which the build did not produce (run after mvn package; is the "
                     f"module's artifactId or finalName different?)")


def check_exits_on_oom(where, dockerfile):
    """Our Java service's entry point exits on OutOfMemoryError: a JVM that runs on after one is neither up nor down."""
    with open(dockerfile, encoding="utf-8") as f:
        entry = [l for l in f if l.strip().upper().startswith("ENTRYPOINT")]
    if not entry or "-XX:+ExitOnOutOfMemoryError" not in entry[-1]:
        fail(f"{where}: its ENTRYPOINT does not run the JVM with -XX:+ExitOnOutOfMemoryError")
    else:
        ok(f"{where}: the JVM exits on OutOfMemoryError")


def check_tomcat_group(where, user):
    """The image's last USER runs with group tomcat, explicitly (user:tomcat), since Tomcat's files are 0640."""
    name, _, group = user.partition(":")
    if group != "tomcat":
        fail(f"{where}: runs as {user!r}, not in group tomcat: Tomcat's files (root:tomcat, 0640) are unreadable to it")
    else:
        ok(f"{where}: user {name} runs in group tomcat, which can read Tomcat's files")


def check_office_online_editing(config, env):
    """Share offers "Edit in Microsoft Office" (AOS, in the repository image): Office must reach the repository at
    aos.baseUrlOverwrite, over HTTPS on the proxy, and find it through /_vti_inf.html and /_vti_bin at the root."""
    options = str((config["services"]["alfresco"].get("environment") or {}).get("JAVA_OPTS", ""))
    found = re.search(r"-Daos\.baseUrlOverwrite=(\S+)", options)
    expected = f"https://{env.get('WARD_QMS_PUBLIC_HOST', 'localhost')}:{env.get('WARD_QMS_HTTPS_PORT', '8443')}/alfresco/aos"
    if not found:
        fail("alfresco: JAVA_OPTS do not set aos.baseUrlOverwrite, so Office is sent to the repository's own address")
    elif found.group(1) != expected:
        fail(f"alfresco: aos.baseUrlOverwrite is {found.group(1)}, not the proxy's HTTPS address {expected}")
    else:
        ok(f"alfresco: aos.baseUrlOverwrite is the proxy's HTTPS address ({expected})")
    with open(os.path.join(DOCKER, "proxy", "dynamic", "routes.yml"), encoding="utf-8") as f:
        routes = yaml.safe_load(f)["http"]["routers"]
    for path in ("/_vti_inf.html", "/_vti_bin/owssvr.dll", "/_vti_bin/_vti_aut/author.dll"):
        served = [name for name, r in routes.items() if route_matches(r["rule"], path)]
        best = max(served, key=lambda n: (routes[n].get("priority", 0), len(routes[n]["rule"])), default=None)
        if best is None or routes[best]["service"] != "repository":
            fail(f"proxy: {path} is routed to {best and routes[best]['service']}, not the repository (Office cannot find AOS)")
        else:
            ok(f"proxy: {path} goes to the repository ({best})")


def route_matches(rule, path):
    """Whether a Traefik rule made of Path, PathPrefix and PathRegexp joined by || matches a path."""
    for part in rule.split("||"):
        m = re.fullmatch(r"\s*(Path|PathPrefix|PathRegexp)\(`([^`]*)`\)\s*", part)
        if not m:
            raise ValueError(f"route rule not understood by the check: {rule}")
        kind, value = m.groups()
        if (kind == "Path" and path == value) or (kind == "PathPrefix" and path.startswith(value)) \
                or (kind == "PathRegexp" and re.search(value, path)):
            return True
    return False


def check_services(config):
    volumes = set((config.get("volumes") or {}).keys())
    for service, spec in sorted(config["services"].items()):
        health = spec.get("healthcheck") or {}
        if not health.get("test") or health.get("disable") or health.get("test") == ["NONE"]:
            fail(f"service {service} has no health check")
        else:
            ok(f"service {service} has a health check")
        image = spec.get("image", "")
        if service in OURS:
            if not spec.get("build"):
                fail(f"service {service} is ours but is not built from a Dockerfile")
            elif not re.fullmatch(r"ward-qms/[a-z-]+:" + re.escape(os.environ.get("CHECK_VERSION", "")), image):
                fail(f"service {service}: image {image!r} is not ward-qms/<name>:<project version>")
            else:
                ok(f"service {service}: image {image}")
        else:
            check_pinned(f"service {service}", image)
        if spec.get("ports") and service != "proxy":
            fail(f"service {service} publishes ports {spec['ports']}: only the proxy may")
        if service in DATA:
            mounts = []
            for v in spec.get("volumes") or []:
                if isinstance(v, str):
                    parts = v.split(":")
                    mounts.append((parts[0], parts[1] if len(parts) > 1 else parts[0]))
                else:
                    mounts.append((v.get("source"), v.get("target")))
            if any(target == DATA[service] and source in volumes for source, target in mounts):
                ok(f"service {service} keeps {DATA[service]} in a named volume")
            else:
                fail(f"service {service} does not keep {DATA[service]} in a named volume: data would be lost")


def check_required_variables(env):
    with open(COMPOSE, encoding="utf-8") as f:
        required = sorted(set(re.findall(r"\$\{([A-Z0-9_]+):\?", f.read())) - {"WARD_QMS_VERSION"})
    missing = [name for name in required if name not in env]
    if missing:
        fail(f"docker/.env.example lacks variables docker-compose.yml requires: {', '.join(missing)}")
    else:
        ok(f"docker/.env.example has every required variable ({len(required)})")
    return required


def check_shellcheck():
    for script in ("run.sh", ".ci/run"):
        result = subprocess.run(["shellcheck", "-x", script], capture_output=True, text=True, cwd=ROOT)
        if result.returncode == 0:
            ok(f"shellcheck {script}")
        else:
            fail(f"shellcheck {script}:\n{result.stdout}{result.stderr}")


FAKE_DOCKER = r"""#!/bin/bash
# A stand-in for the docker CLI, enough for run.sh's start: FAKE_DOCKER_MODE = daemon-down | unhealthy.
case "$1" in
  info) [ "$FAKE_DOCKER_MODE" != daemon-down ] ;;
  compose)
    shift
    [ "$1" = version ] && exit 0
    while [ $# -gt 0 ]; do
      case "$1" in
        -p|-f|--env-file) shift 2 ;;
        ps) [ "$FAKE_DOCKER_MODE" = unhealthy ] && [ "$3" != proxy ] && echo "cid-$3"; exit 0 ;;
        *) exit 0 ;;
      esac
    done ;;
  inspect)
    case "$3" in
      *'.Health.Log'*) echo "curl: (7) Failed to connect to localhost port 8080" ;;
      *) [ "$4" = cid-alfresco ] && echo unhealthy || echo healthy ;;
    esac ;;
esac
"""


def check_run_sh_failures():
    """run.sh ends with a clear message when Docker is missing, its daemon is down, a port is busy or a health
    check fails (a stand-in docker CLI; nothing is started)."""
    import shutil
    import socket
    bash = shutil.which("bash")
    with tempfile.TemporaryDirectory() as tmp:
        env_file = os.path.join(tmp, "test.env")
        no_docker = os.path.join(tmp, "no-docker")
        fake = os.path.join(tmp, "fake")
        os.makedirs(no_docker)
        os.makedirs(fake)
        for tool in ("dirname", "tr", "head", "grep", "sed", "cat"):
            for bin_dir in (no_docker, fake):
                os.symlink(shutil.which(tool), os.path.join(bin_dir, tool))
        with open(os.path.join(fake, "docker"), "w") as f:
            f.write(FAKE_DOCKER)
        os.chmod(os.path.join(fake, "docker"), 0o755)

        def run(path, mode="", command="start"):
            environment = {"PATH": path, "WARD_QMS_ENV_FILE": env_file, "FAKE_DOCKER_MODE": mode, "HOME": tmp}
            return subprocess.run([bash, os.path.join(ROOT, "run.sh"), command], capture_output=True, text=True,
                                  env=environment, timeout=60)

        def set_ports(http, https):
            with open(env_file) as f:
                text = f.read()
            text = re.sub(r"(?m)^WARD_QMS_HTTP_PORT=.*$", f"WARD_QMS_HTTP_PORT={http}", text)
            with open(env_file, "w") as f:
                f.write(re.sub(r"(?m)^WARD_QMS_HTTPS_PORT=.*$", f"WARD_QMS_HTTPS_PORT={https}", text))

        def free_port():
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                return s.getsockname()[1]

        def expect(name, result, message):
            if result.returncode != 0 and message in result.stderr:
                ok(f"run.sh start, {name}: stops with '{message}'")
            else:
                fail(f"run.sh start, {name}: expected a failure saying {message!r}, got exit {result.returncode}: "
                     f"{result.stdout}{result.stderr}")

        expect("Docker missing", run(no_docker), "Docker is not installed")
        expect("Docker daemon down", run(fake, "daemon-down"), "daemon does not answer")
        stopped = run(fake, command="stop")
        with open(os.path.join(DOCKER, ".env.example"), encoding="utf-8") as f:
            generated = len(re.findall(r"(?m)^[A-Z_]+=<generate>$", f.read()))
        made = open(env_file, encoding="utf-8").read() if os.path.isfile(env_file) else ""
        secrets = re.findall(r"(?m)^([A-Z_]+)=([A-Za-z0-9]{32})$", made)
        if (stopped.returncode == 0 and os.stat(env_file).st_mode & 0o077 == 0 and len(secrets) == generated
                and not re.search(r"(?m)^[A-Z_]+=<generate>$", made) and len({v for _, v in secrets}) == generated):
            ok(f"run.sh made the env file from .env.example: {generated} distinct random secrets, readable by its owner only")
        else:
            fail(f"run.sh did not make a complete, private env file from .env.example (exit {stopped.returncode}): "
                 f"{stopped.stderr}")
            return
        set_ports(free_port(), free_port())
        expect("failed health check", run(fake, "unhealthy"), "service alfresco failed its health check")
        with socket.socket() as busy:
            busy.bind(("127.0.0.1", 0))
            busy.listen()
            port = busy.getsockname()[1]
            set_ports(port, free_port())
            expect("port busy", run(fake), f"port {port} is busy")


def check_run_sh_endpoints():
    """Every repository REST call run.sh makes (provision, smoke) is an operation of Alfresco's API definitions."""
    openapi = os.path.join(ROOT, "..", "shared", "alfresco", "openapi")
    if not os.path.isdir(openapi):
        fail(f"Alfresco's API definitions are not at {os.path.normpath(openapi)} (../shared beside the checkout)")
        return
    definitions = {}
    for api, name in (("$API", "alfresco-core.yaml"), ("$WORKFLOW_API", "alfresco-workflow.yaml")):
        with open(os.path.join(openapi, name), encoding="utf-8") as f:
            paths = yaml.safe_load(f)["paths"]
        definitions[api] = {(method.upper(), path) for path, operations in paths.items() for method in operations}
    with open(os.path.join(ROOT, "run.sh"), encoding="utf-8") as f:
        script = f.read()
    calls = set(re.findall(r'\bapi\s+"?[^\s"]+"?\s+"?[^\s"]+"?\s+(GET|PUT|POST|DELETE)\s+"(\$API|\$WORKFLOW_API)([^"?]*)', script))
    if len(calls) < 10:
        fail(f"found only {len(calls)} REST calls in run.sh: has the api helper changed?")
    for method, api, path in sorted(calls):
        segments = ["{}" if "$" in part else part for part in path.strip("/").split("/")]

        def matches(template):
            parts = template.strip("/").split("/")
            return len(parts) == len(segments) and all(
                s == "{}" or t == s or t.startswith("{") for s, t in zip(segments, parts))

        if any(m == method and matches(t) for m, t in definitions[api]):
            ok(f"run.sh calls {method} {api}{path}: an operation of the API definitions")
        else:
            fail(f"run.sh calls {method} {api}{path}, which Alfresco's API definitions do not have")


def check_run_sh_secrets():
    """run.sh never puts a secret on a command line, where any user's ps reads it: not as curl -u, not as a jq
    --arg, not as curl's --data/--data-binary argument (bodies go on standard input, passwords in the environment)."""
    with open(os.path.join(ROOT, "run.sh"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    secret = re.compile(r'"\$\{?(?:[A-Z_]*PASSWORD|password)\b')
    problems = []
    for number, line in enumerate(lines, 1):
        code = line.split("#", 1)[0]
        if re.search(r"\bcurl\b.*\s-u\s", code) or re.search(r"--user\s", code):
            problems.append(f"run.sh:{number}: curl -u puts the credentials on the command line")
        if re.search(r"--arg\s+\w+\s+" + secret.pattern, code):
            problems.append(f"run.sh:{number}: a password as a jq --arg")
        if re.search(r"--data(?:-binary|-raw)?\s+\"\$", code):
            problems.append(f"run.sh:{number}: a request body as a curl argument")
    if problems:
        fail("run.sh puts secrets on command lines:\n  " + "\n  ".join(problems))
    else:
        ok("run.sh: no password or request body on a command line (curl -K from a descriptor, bodies on stdin, jq env)")


def main():
    version = project_version()
    os.environ["CHECK_VERSION"] = version
    check_the_pin_check()
    env = example_env()
    result = compose_config(env, version)
    if result.returncode != 0:
        fail(f"docker-compose config: docker/docker-compose.yml does not validate:\n{result.stderr}")
        print(f"stack: {passed} passed, {failed} failed")
        return 1
    ok("docker-compose config: docker/docker-compose.yml validates")
    config = yaml.safe_load(result.stdout)

    required = check_required_variables(env)
    for name in required[:1] + ["WARD_QMS_VERSION"]:
        without = {k: v for k, v in env.items() if k != name}
        refused = compose_config(without, None if name == "WARD_QMS_VERSION" else version)
        if refused.returncode != 0 and name in refused.stderr:
            ok(f"docker-compose config without {name}: refused, naming it")
        else:
            fail(f"docker-compose config without {name}: not refused with its name ({refused.stderr.strip()!r})")

    check_services(config)
    check_dockerfiles(config, version)
    check_office_online_editing(config, env)
    check_shellcheck()
    check_run_sh_failures()
    check_run_sh_endpoints()
    check_run_sh_secrets()
    suffix = f", {skipped} skipped" if skipped else ""
    print(f"stack: {passed} passed, {failed} failed{suffix}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
