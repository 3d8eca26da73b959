// An enum's stable text keys (the YAML, the database, the CLI's JSON), one table per enum: both directions
// read the same table, so a key is written once. Used by content.cpp and the checker's checkresult.cpp.
#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <optional>
#include <utility>

namespace phishaid::content {

template <typename Enum, std::size_t N> QString keyOf(const std::array<std::pair<Enum, QStringView>, N> &table, Enum value)
{
    for (const auto &[entry, key] : table) {
        if (entry == value) {
            return key.toString();
        }
    }
    return {};
}

template <typename Enum, std::size_t N> std::optional<Enum> enumOf(const std::array<std::pair<Enum, QStringView>, N> &table, const QString &key)
{
    for (const auto &[entry, entryKey] : table) {
        if (entryKey == key) {
            return entry;
        }
    }
    return std::nullopt;
}

} // namespace phishaid::content
