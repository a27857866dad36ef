#include "workflow/ContentHash.h"

#include "store/ArticleRepository.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace PressDesk {

namespace {

// Each field as "name:length:value;" so no two different field lists give the same bytes.
void addField(QCryptographicHash &hash, const char *name, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    hash.addData(QByteArray(name));
    hash.addData(QByteArrayView(":"));
    hash.addData(QByteArray::number(utf8.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(utf8);
    hash.addData(QByteArrayView(";"));
}

} // namespace

QString contentHash(const Article &article)
{
    const Article a = ArticleRepository::normalized(article);
    static const QRegularExpression imageRef(QStringLiteral("src=\"pdimg:([0-9a-f]{64})\""));
    QStringList images;
    for (auto it = imageRef.globalMatch(a.bodyHtml); it.hasNext();)
        images << it.next().captured(1);

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("pressdesk-content-1;"));
    addField(hash, "title", a.title);
    addField(hash, "lead", a.lead.simplified());
    addField(hash, "body", a.bodyHtml);
    addField(hash, "images", images.join(u','));
    addField(hash, "category", a.categoryId);
    addField(hash, "tags", a.tags.join(QChar(0x1f)));
    addField(hash, "source", a.source);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace PressDesk
