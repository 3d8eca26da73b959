#include "spoof.h"

#include <QVarLengthArray>
#include <unicode/uspoof.h>

namespace phishaid::checker {

struct SpoofChecker::Context
{
    USpoofChecker *checker = nullptr;
    ~Context() { uspoof_close(checker); }
};

namespace {

const UChar *utf16(const QString &text)
{
    static_assert(sizeof(UChar) == sizeof(char16_t));
    return reinterpret_cast<const UChar *>(text.utf16());
}

} // namespace

SpoofChecker::SpoofChecker()
    : m_context(std::make_unique<Context>())
{
    UErrorCode status = U_ZERO_ERROR;
    m_context->checker = uspoof_open(&status);
    if (U_FAILURE(status)) {
        m_context->checker = nullptr;
        return;
    }
    uspoof_setChecks(m_context->checker, USPOOF_RESTRICTION_LEVEL, &status);
    uspoof_setRestrictionLevel(m_context->checker, USPOOF_HIGHLY_RESTRICTIVE);
}

SpoofChecker::~SpoofChecker() = default;

QString SpoofChecker::skeleton(const QString &text) const
{
    if (!m_context->checker || text.isEmpty()) {
        return {};
    }
    QVarLengthArray<UChar, 128> buffer(text.size() * 2 + 16);
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = uspoof_getSkeleton(m_context->checker, 0, utf16(text), int32_t(text.size()), buffer.data(), int32_t(buffer.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        buffer.resize(length);
        status = U_ZERO_ERROR;
        length = uspoof_getSkeleton(m_context->checker, 0, utf16(text), int32_t(text.size()), buffer.data(), int32_t(buffer.size()), &status);
    }
    if (U_FAILURE(status)) {
        return {};
    }
    return QString(reinterpret_cast<const QChar *>(buffer.constData()), length).toLower();
}

bool SpoofChecker::mixesScripts(const QString &label) const
{
    if (!m_context->checker || label.isEmpty()) {
        return false;
    }
    UErrorCode status = U_ZERO_ERROR;
    const int32_t result = uspoof_check2(m_context->checker, utf16(label), int32_t(label.size()), nullptr, &status);
    return U_SUCCESS(status) && (result & USPOOF_RESTRICTION_LEVEL) != 0;
}

} // namespace phishaid::checker
