// How one update check ended. The client shows it to the user as one sentence, logs its detail, and the
// headless mode prints its tag; every value but Installed and UpToDate leaves the content untouched.
#pragma once

#include <QString>

namespace phishaid::update {

enum class Outcome {
    None, // not checked yet
    Installed, // a newer content version was verified and swapped in
    UpToDate, // the published version is the one installed
    Disabled, // this build has no update URL or no valid public key
    Cancelled, // the user cancelled
    Offline, // no connection: host not found, connection refused, network down
    TimedOut, // no response, or the transfer stalled
    TooSlow, // the transfer went on past its deadline, or below the minimum rate: a trickling server is given up
    ServerError, // an HTTP status other than 200, or the server broke the connection
    SecureConnectionFailed, // TLS failed: a wrong certificate is treated like an attack, not retried
    RefusedAddress, // not https (plain http only to loopback), or a redirect to somewhere refused
    TooLarge, // over the size cap: stopped as soon as the cap was passed
    Truncated, // fewer bytes than the manifest announced
    BadManifest, // not a manifest this app understands
    BadSignature, // not signed by the key built into the app
    Expired, // the manifest is past its expiry time
    Rollback, // older than the installed content: a replay
    AppTooOld, // needs a newer app
    SchemaTooNew, // a database layout newer than this app reads
    HashMismatch, // the download is not the file the manifest describes
    InvalidContent, // the database does not open, or fails the build's validation
    InstallFailed, // the file system refused (no space, no permission)
};

// A stable machine-readable name: "installed", "bad-signature", ... (logs, the headless line).
QString outcomeTag(Outcome outcome);

// True for Installed and UpToDate: the check worked and the newest content is in place.
inline bool isSuccess(Outcome outcome)
{
    return outcome == Outcome::Installed || outcome == Outcome::UpToDate;
}

struct Result
{
    Outcome outcome = Outcome::None;
    QString detail; // for the log and the headless line; never shown as the main message
};

} // namespace phishaid::update
