#pragma once

#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/ImageStore.h"
#include "workflow/WorkflowService.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QTest>

// Articles ready for the publisher tests.

// A plain PNG of the given size put into the profile's image store; returns its hash (what
// an article's body names as pdimg:HASH).
inline QString storeTestImage(PressDesk::Database &db, QSize size,
                              QColor color = QColor(30, 90, 160))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto stored = PressDesk::ImageStore(db).put(png);
    if (!stored)
        qFatal("cannot store the test image: %s", qPrintable(stored.error().message));
    return stored->hash;
}

// Submits and approves the article as the profile's current user; false if either failed.
inline bool submitAndApprove(PressDesk::Database &db, const QString &id)
{
    PressDesk::WorkflowService wf(db);
    return wf.apply(id, PressDesk::WorkflowAction::Submit).ok() &&
           wf.apply(id, PressDesk::WorkflowAction::Approve).ok();
}

// Stores the article, submits and approves it, and returns it as stored.
inline PressDesk::Article createApproved(PressDesk::Database &db, const PressDesk::Article &a)
{
    auto created = PressDesk::ArticleRepository(db).create(a);
    if (!created)
        qFatal("cannot create the test article: %s", qPrintable(created.error().message));
    if (!submitAndApprove(db, created->id))
        qFatal("cannot approve the test article");
    return PressDesk::ArticleRepository(db).get(created->id).value();
}
