#pragma once

#include "Result.h"
#include "publish/OfficePostRepository.h"

#include <QDateTime>
#include <QString>

namespace PressDesk {

// The office's register of which post each article became on each portal site, asked before
// a desk makes a post (the office server's: src/core/sync/OfficePostRegistry). A profile that
// has not joined an office has none.
class PostRegistry
{
public:
    virtual ~PostRegistry() = default;

    struct Claim
    {
        enum class Outcome {
            Ours,  // make it: nobody else has
            Known, // another desk made it: update `known`
            Busy,  // another desk is making it now: ask again later
            Taken, // another desk claimed it long ago and recorded nothing: look first
        };
        Outcome outcome = Outcome::Ours;
        OfficePost known; // Known
        QString holder;   // Busy: the login of the desk making it
        QDateTime since;  // Busy: since when
    };
    // The claim of this desk on making the post of that article on that site. An error when
    // the office cannot be asked (the Publisher then goes by what the last sync brought).
    virtual Result<Claim> claim(const QString &articleId, const QString &site) = 0;
    // The post made or updated, for every desk.
    virtual Status record(const OfficePost &post) = 0;
};

} // namespace PressDesk
