#include "suffixlist.h"

#include <QtGlobal>
#include <cstdio>
#include <libpsl.h>

#ifdef Q_OS_WIN
#include <QTemporaryFile>
#endif

namespace phishaid::checker {

struct SuffixList::Context
{
    psl_ctx_t *psl = nullptr;
    ~Context() { psl_free(psl); } // psl_free leaves libpsl's built-in context alone
};

namespace {

// libpsl reads a list from a FILE; the list lives in memory (it came out of the content database).
psl_ctx_t *loadFromMemory(const QByteArray &data)
{
    if (data.isEmpty()) {
        return nullptr;
    }
#ifdef Q_OS_WIN
    // No fmemopen: a private temporary file, removed when this returns.
    QTemporaryFile file;
    if (!file.open() || file.write(data) != data.size() || !file.flush()) {
        return nullptr;
    }
    return psl_load_file(QFile::encodeName(file.fileName()).constData());
#else
    QByteArray copy = data; // fmemopen takes a non-const buffer
    FILE *stream = fmemopen(copy.data(), size_t(copy.size()), "r");
    if (!stream) {
        return nullptr;
    }
    psl_ctx_t *psl = psl_load_fp(stream);
    std::fclose(stream);
    return psl;
#endif
}

} // namespace

SuffixList::SuffixList(const QByteArray &data)
    : m_context(std::make_unique<Context>())
{
    m_context->psl = loadFromMemory(data);
    if (m_context->psl && psl_suffix_count(m_context->psl) > 0) {
        m_origin = Origin::Content;
        return;
    }
    psl_free(m_context->psl);
    m_context->psl = psl_latest(nullptr);
    m_origin = m_context->psl ? Origin::System : Origin::None;
}

SuffixList::~SuffixList() = default;

int SuffixList::ruleCount() const
{
    return m_context->psl ? psl_suffix_count(m_context->psl) : 0;
}

QString SuffixList::registrableDomain(const QString &aceHost) const
{
    if (!m_context->psl) {
        return aceHost;
    }
    const QByteArray host = aceHost.toLatin1();
    const char *registrable = psl_registrable_domain(m_context->psl, host.constData());
    return registrable ? QString::fromLatin1(registrable) : QString();
}

bool SuffixList::isIcannSuffix(const QString &aceDomain) const
{
    if (!m_context->psl) {
        return false;
    }
    const QByteArray domain = aceDomain.toLatin1();
    return psl_is_public_suffix2(m_context->psl, domain.constData(), PSL_TYPE_ICANN | PSL_TYPE_NO_STAR_RULE) != 0;
}

} // namespace phishaid::checker
