// `phishaid --update-from URL`: one check, download, verification and install without any UI, for servers,
// scripts and CI. Prints one line and exits 0 when the content was installed or already current, non-zero
// (naming the reason) for anything refused or failed.
#pragma once

#include "updateconfig.h"

#include <QString>

namespace phishaid::update {

struct HeadlessReport
{
    int exitCode = 0; // 0 installed or up to date, 1 refused or failed, 2 usage error
    QString line; // "update installed: ...", "update bad-signature: ..."
};

// Runs one check with `config` and waits for it (needs a Q(Core)Application, and no running check).
HeadlessReport updateOnce(const UpdateConfig &config);

// True when the command line asks for the headless update (--update-from URL or --update-from=URL).
bool wantsHeadlessUpdate(int argc, char **argv);

// The whole headless run: its own QCoreApplication (no display needed), the build's key and install
// directory, the URL from the command line. Returns the exit code.
int runHeadlessUpdate(int argc, char **argv);

} // namespace phishaid::update
