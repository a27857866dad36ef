#pragma once

#include "Result.h"
#include "office/OfficeProfile.h"

#include <QCoreApplication>

namespace PressDesk {

class Database;

// The office profile of a profile (migration 19): one row, or none while the office has not
// said who it is (load() then gives an empty OfficeProfile). Saving announces Change::Office.
// The row carries the sync's marks but does not go to the office server yet.
class OfficeRepository
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::OfficeRepository)

public:
    explicit OfficeRepository(Database &db) : m_db(db) {}

    Result<OfficeProfile> load() const;
    // Stores the profile, normalized (OfficeProfile::normalized); saving what is already
    // stored changes nothing (no change is announced, nothing waits to sync).
    Status save(const OfficeProfile &office);

    // The office's tone-mark style. While the profile has chosen none, `former` (the user's
    // own setting of earlier versions) becomes the office's, stored, and is returned: it is
    // read once.
    Result<Text::ToneStyle> toneStyleOr(Text::ToneStyle former);

    // The office's glossary changed by one abbreviation, read and written together: added, or
    // what it stands for changed; taken out ("not-found" when the glossary has no such one).
    Status addAbbreviation(const QString &abbreviation, const QString &expansion);
    Status removeAbbreviation(const QString &abbreviation);

private:
    Database &m_db;
};

} // namespace PressDesk
