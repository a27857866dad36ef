#include "workflow/PreviewDialog.h"

#include "store/ArticleRepository.h"
#include "store/CategoryRepository.h"
#include "store/Database.h"
#include "store/ImageStore.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace PressDesk {

namespace {

// Close to the city portal's article page: a serif reading face, a bold lead, centred
// figures with small captions.
const QString kPortalStyle = QStringLiteral(
    "body { font-family: 'DejaVu Serif', 'Times New Roman', serif; font-size: 13pt; }"
    "h1 { font-size: 20pt; color: #0b4f8a; margin-bottom: 6px; }"
    ".meta { color: #777777; font-size: 10pt; }"
    ".lead { font-weight: bold; margin-top: 10px; margin-bottom: 10px; }"
    "h2 { font-size: 15pt; } h3 { font-size: 13pt; }"
    "blockquote { color: #444444; margin-left: 24px; font-style: italic; }"
    "figcaption { font-size: 10pt; color: #555555; font-style: italic; }"
    "table { border-collapse: collapse; margin-top: 6px; margin-bottom: 10px; }"
    "th, td { border: 1px solid #999999; padding: 4px; }"
    "th { background-color: #e4eaf2; } caption { font-style: italic; }"
    ".source { text-align: right; font-style: italic; margin-top: 12px; }");

} // namespace

QString PreviewDialog::pageHtml(Database &db, const QString &articleId)
{
    auto a = ArticleRepository(db).get(articleId);
    if (!a)
        return QStringLiteral("<p>") + a.error().message.toHtmlEscaped() + QStringLiteral("</p>");
    QString category;
    if (!a->categoryId.isEmpty()) {
        if (auto c = CategoryRepository(db).find(a->categoryId))
            category = c->name;
    }
    QString html = QStringLiteral("<html><body>");
    if (!category.isEmpty())
        html += QStringLiteral("<p class=\"meta\">") + category.toHtmlEscaped() +
                QStringLiteral("</p>");
    html += QStringLiteral("<h1>") + a->title.toHtmlEscaped() + QStringLiteral("</h1>");
    html += QStringLiteral("<p class=\"meta\">") +
            a->updatedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) +
            QStringLiteral("</p>");
    if (!a->lead.isEmpty())
        html +=
            QStringLiteral("<p class=\"lead\">") + a->lead.toHtmlEscaped() + QStringLiteral("</p>");
    html += a->bodyHtml; // clean, sanitized HTML
    if (!a->source.isEmpty())
        html += QStringLiteral("<p class=\"source\">") + a->source.toHtmlEscaped() +
                QStringLiteral("</p>");
    html += QStringLiteral("</body></html>");
    return html;
}

PreviewDialog::PreviewDialog(Database &db, const QString &articleId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("previewDialog"));
    setWindowTitle(tr("Preview as on the portal"));
    auto *layout = new QVBoxLayout(this);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("previewBrowser"));
    m_view->setOpenExternalLinks(false);
    m_view->document()->setDefaultStyleSheet(kPortalStyle);
    m_view->document()->setDocumentMargin(24);
    const QString html = pageHtml(db, articleId);
    // Stored images, scaled to the portal's column width.
    static const QRegularExpression ref(QStringLiteral("src=\"(pdimg:[0-9a-f]{64})\""));
    ImageStore images(db);
    for (auto it = ref.globalMatch(html); it.hasNext();) {
        const QString url = it.next().captured(1);
        auto bytes = images.data(url.mid(6));
        if (!bytes)
            continue;
        QImage image = QImage::fromData(bytes.value());
        if (image.width() > 640)
            image = image.scaledToWidth(640, Qt::SmoothTransformation);
        m_view->document()->addResource(QTextDocument::ImageResource, QUrl(url), image);
    }
    m_view->setHtml(html);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 760);
}

QString PreviewDialog::html() const
{
    return m_view->toHtml();
}

} // namespace PressDesk
