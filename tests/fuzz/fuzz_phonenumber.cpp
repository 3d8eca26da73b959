// Fuzzes the one phone-number parser (content numbers, the user's own numbers, tel: URIs). Any text must parse
// to a number or a problem; a valid number's dial string and display form must parse back to the same number.
#include "phonenumber.h"

#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using phishaid::content::PhoneNumber;

namespace {
void expectSame(const PhoneNumber &number, const QString &text, const char *form)
{
    const PhoneNumber again = PhoneNumber::parse(text);
    if (!again.isValid() || again.kind() != number.kind() || again.dialString() != number.dialString()) {
        std::fprintf(
            stderr, "fuzz_phonenumber: the %s \"%s\" of \"%s\" does not parse back to it\n", form, qUtf8Printable(text), qUtf8Printable(number.dialString()));
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const PhoneNumber number = PhoneNumber::parse(text);
    (void)number.telUri();
    (void)number.expectedDigits();
    (void)number.digitCount();
    if (number.isValid()) {
        expectSame(number, number.dialString(), "dial string");
        expectSame(number, number.display(), "display form");
    }
    return 0;
}
