package vn.wardqms.service.operations;

import java.io.PrintStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Callable;

import javax.net.ssl.SSLException;

import feign.FeignException;

/**
 * A one-shot command (provision, report) that always ends: within its time limit, with its exit code, or with one
 * line naming what went wrong — the host and the cause (unknown host, refused, TLS, 401, 403, timeout) — and a stack
 * trace only when {@code --debug} is given. The JVM is ended by the caller's System.exit, whatever threads the
 * libraries left running.
 */
public final class OneShot {
    /** The limit when none is set: ward-qms.command-timeout or WARD_QMS_COMMAND_TIMEOUT. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(30);

    private OneShot() {
    }

    /** Runs {@code command}; its exit code, or 1 after one line on {@code err}. Past {@code limit} the JVM exits 1. */
    public static int run(String name, Duration limit, boolean debug, PrintStream err, Callable<Integer> command) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(limit.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            err.println("ward-qms-service " + name + ": failed: not finished within " + limit.toSeconds() + " s (the repository or the broker"
                    + " does not answer?); set ward-qms.command-timeout for a longer limit");
            Runtime.getRuntime().halt(1);
        }, "ward-qms-command-limit");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            return command.call();
        } catch (Exception e) {
            err.println("ward-qms-service " + name + ": failed: " + describe(e));
            if (debug) {
                e.printStackTrace(err);
            }
            return 1;
        } finally {
            watchdog.interrupt();
        }
    }

    /** The cause of a failure in one line, naming the host where there is one. */
    public static String describe(Throwable failure) {
        String host = host(failure);
        String at = host == null ? "" : host + ": ";
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FeignException feign && feign.status() > 0) {
                return at + switch (feign.status()) {
                    case 401 -> "401: the user name or password is wrong (ACS_USERNAME, ACS_PASSWORD)";
                    case 403 -> "403: the account may not do this (is it a member of the groups it needs?)";
                    case 404 -> "404: not found (is ACS_URL the repository's address, and the site provisioned?)";
                    default -> feign.status() + " " + firstLine(feign.getMessage());
                };
            }
            if (t instanceof UnknownHostException) {
                return at + "no such host (check ACS_URL or BROKER_URL)";
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return at + "the connection was refused (is the repository, or the broker, up and at this address?)";
            }
            if (t instanceof SSLException ssl) {
                return at + "TLS failed: " + firstLine(ssl.getMessage());
            }
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
                return at + "no answer in time (" + firstLine(t.getMessage()) + ")";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return at + root.getClass().getSimpleName() + ": " + firstLine(root.getMessage());
    }

    /** The host of the request that failed, as scheme://host:port, where the failure tells it. */
    private static String host(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FeignException feign && feign.request() != null && feign.request().url() != null) {
                try {
                    URI uri = URI.create(feign.request().url());
                    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
