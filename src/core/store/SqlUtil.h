#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVariant>

// Small conversions shared by the repositories.
namespace PressDesk::Sql {

// UTC ISO 8601 with milliseconds: sorts as text.
inline QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromIso(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// Binds text as '' rather than NULL when the QString is null (NOT NULL text columns).
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace PressDesk::Sql
