// Reads the guidance content from its YAML sources (the schema is content/README.md) into a Content.
// It checks syntax and shape only: whether references resolve and the questions form a sound tree is
// the validator's job, which should run once reading reported nothing.
#pragma once

#include "content.h"

namespace phishaid::content {

class YamlReader
{
public:
    // Reads each path in turn: a directory contributes its *.yaml files in name order, a file itself.
    // Returns true when every file was read without a diagnostic.
    bool read(const QStringList &paths);

    const Content &content() const { return m_content; }
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    // The files read, in reading order, each as given (directory path joined with the file name).
    const QStringList &files() const { return m_files; }

    // The YAML files `paths` stand for, in the order read() reads them; reports paths that are neither.
    static QStringList expandPaths(const QStringList &paths, QList<Diagnostic> *diagnostics = nullptr);

private:
    void readFile(const QString &path);

    Content m_content;
    QList<Diagnostic> m_diagnostics;
    QStringList m_files;
    std::optional<SourceLocation> m_metaAt;
    std::optional<SourceLocation> m_holidaysAt;
    bool m_allParsed = true;
};

} // namespace phishaid::content
