#include "plan/ActivityArticlesPicker.h"

#include "plan/PlanDialogHelpers.h"
#include "plan/PlanRepository.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/Search.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace PressDesk {

using namespace PlanDialogHelpers;

ActivityArticlesPicker::ActivityArticlesPicker(Database &db, const Activity &activity,
                                               QWidget *parent)
    : QDialog(parent), m_db(db), m_activity(activity)
{
    setObjectName(QStringLiteral("activityArticlesPicker"));
    setWindowTitle(tr("Articles for: %1").arg(activity.description));
    auto *layout = new QVBoxLayout(this);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("pickerSearch"));
    m_query->setPlaceholderText(tr("Search articles (with or without diacritics)"));
    m_query->setClearButtonEnabled(true);
    layout->addWidget(m_query);
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("pickerResults"));
    m_results->setHeaderLabels({tr("Article"), tr("Status")});
    m_results->setRootIsDecorated(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_results, 1);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    if (auto ids = PlanRepository(db).articlesOfActivity(activity.id))
        for (const QString &id : std::as_const(ids.value()))
            m_original.insert(id);
    m_linked = m_original;
    connect(m_query, &QLineEdit::textChanged, this, &ActivityArticlesPicker::search);
    connect(m_results, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (item->checkState(0) == Qt::Checked)
            m_linked.insert(id);
        else
            m_linked.remove(id);
    });
    search(QString());
    resize(640, 480);
}

void ActivityArticlesPicker::search(const QString &query)
{
    const QSignalBlocker block(m_results);
    m_results->clear();
    QList<QPair<QString, QString>> found; // id, title
    if (query.trimmed().isEmpty()) {
        // The linked ones first, then the newest.
        ArticleRepository repo(m_db);
        for (const QString &id : std::as_const(m_linked))
            if (auto a = repo.get(id))
                found << qMakePair(a->id, a->title);
        if (auto newest = repo.list(200))
            for (const Article &a : std::as_const(newest.value()))
                if (!m_linked.contains(a.id))
                    found << qMakePair(a.id, a.title);
    } else if (auto hits = Search(m_db).search(query, 200)) {
        for (const SearchHit &h : std::as_const(hits.value()))
            found << qMakePair(h.articleId, h.title);
    } else {
        m_error->setText(hits.error().message);
    }
    ArticleRepository repo(m_db);
    for (const auto &[id, title] : std::as_const(found)) {
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(0, title);
        if (auto a = repo.get(id))
            item->setText(1, statusDisplayName(a->status));
        item->setData(0, Qt::UserRole, id);
        item->setCheckState(0, m_linked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

void ActivityArticlesPicker::accept()
{
    PlanRepository repo(m_db);
    const Status st = m_db.transaction([&]() -> Status {
        for (const QString &id : std::as_const(m_linked))
            if (!m_original.contains(id))
                if (auto one = repo.link(id, m_activity.id); !one)
                    return one;
        for (const QString &id : std::as_const(m_original))
            if (!m_linked.contains(id))
                if (auto one = repo.unlink(id, m_activity.id); !one)
                    return one;
        return {};
    });
    if (!st) {
        m_error->setText(st.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace PressDesk
