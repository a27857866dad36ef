#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

// Small conversions shared by the repositories.
namespace PressDesk::Sql {

// UTC ISO 8601 with milliseconds: sorts as text.
inline QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Now, as iso() writes it.
inline QString now()
{
    return iso(QDateTime::currentDateTimeUtc());
}

// A new row's id: a random UUID without braces (ids made on any desk never collide).
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
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
