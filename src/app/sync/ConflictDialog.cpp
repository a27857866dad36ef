#include "sync/ConflictDialog.h"

#include "editor/DocumentStyle.h"
#include "store/CategoryRepository.h"
#include "store/Database.h"
#include "text/HtmlSanitizer.h"
#include "text/RichText.h"
#include "text/WordDiff.h"
#include "widgets/DiffHtml.h"

#include "ui_ConflictDialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace PressDesk {

namespace {

// A passage as a reader sees it: plain text (a body passage's HTML without its tags), a
// category by its name.
QString readable(Database &db, ArticleField field, const QString &text)
{
    if (field == ArticleField::Body)
        return Html::toPlainText(text).trimmed();
    if (field == ArticleField::Category && !text.isEmpty()) {
        auto category = CategoryRepository(db).find(text);
        return category ? category->name : text;
    }
    return text;
}

} // namespace

ConflictDialog::ConflictDialog(Database &db, const QString &conflictId, QWidget *parent)
    : QDialog(parent), m_db(db), m_conflictId(conflictId), m_ui(new Ui::ConflictDialog)
{
    m_ui->setupUi(this);
    m_ui->dialogButtonBox->button(QDialogButtonBox::Close)->setText(tr("Later"));
    m_ui->saveEditedButton->hide();
    m_ui->comparisonBrowser->document()->setDefaultStyleSheet(DiffHtml::styleSheet());
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto sides = ConflictService(db).sides(conflictId);
    if (!sides) {
        m_ui->introLabel->setText(sides.error().message);
        for (QPushButton *b :
             {m_ui->takeMineButton, m_ui->takeTheirsButton, m_ui->keepBothButton, m_ui->editButton})
            b->setEnabled(false);
        return;
    }
    m_sides = sides.value();
    m_ready = true;
    const QString other = m_sides.theirsName.isEmpty() ? tr("another desk") : m_sides.theirsName;
    m_ui->introLabel->setText(
        tr("“%1” was changed on this desk and by %2 in the same places. What each of you "
           "changed elsewhere is merged already. Keep your version, take theirs, keep both, "
           "or edit the result: the choice becomes a new revision and reaches every desk at "
           "the next sync.")
            .arg(m_sides.title, other));
    m_ui->takeTheirsButton->setText(tr("Take %1's").arg(other));

    for (const ArticleConflict &c : std::as_const(m_sides.merge.conflicts)) {
        const QString mine = readable(db, c.field, c.passage.mine);
        m_ui->passageList->addItem(ArticleMerge::fieldName(c.field) + QStringLiteral(": ") +
                                   (mine.isEmpty() ? tr("(empty)") : mine.left(80)));
    }
    connect(m_ui->passageList, &QListWidget::currentRowChanged, this, &ConflictDialog::showPassage);
    connect(m_ui->takeMineButton, &QPushButton::clicked, this,
            [this] { take(ConflictService::Take::Mine); });
    connect(m_ui->takeTheirsButton, &QPushButton::clicked, this,
            [this] { take(ConflictService::Take::Theirs); });
    connect(m_ui->keepBothButton, &QPushButton::clicked, this,
            [this] { take(ConflictService::Take::Both); });
    connect(m_ui->editButton, &QPushButton::clicked, this, &ConflictDialog::startEditing);
    connect(m_ui->saveEditedButton, &QPushButton::clicked, this, &ConflictDialog::saveEdited);
    m_ui->passageList->setCurrentRow(0);
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::showPassage(int row)
{
    if (row < 0 || row >= m_sides.merge.conflicts.size())
        return;
    const ArticleConflict &c = m_sides.merge.conflicts.at(row);
    const QString mine = readable(m_db, c.field, c.passage.mine);
    const QString theirs = readable(m_db, c.field, c.passage.theirs);
    const QString base = readable(m_db, c.field, c.passage.base);
    const auto segments = Text::wordDiff(mine, theirs);
    const QString html = DiffHtml::sideBySide(segments, tr("This desk"),
                                              m_sides.theirsName.isEmpty() ? tr("The other desk")
                                                                           : m_sides.theirsName);
    m_ui->comparisonBrowser->setHtml(html);
    m_ui->mergedLabel->setText(base.isEmpty() ? tr("Before either change: (empty)")
                                              : tr("Before either change: %1").arg(base));
}

void ConflictDialog::take(ConflictService::Take take)
{
    finish(ConflictService(m_db).resolve(m_conflictId, take));
}

void ConflictDialog::startEditing()
{
    // Both versions of each conflicting passage, to cut from; what merged cleanly as merged.
    m_edited =
        ArticleMerge::merge(m_sides.base, m_sides.mine, m_sides.theirs, Text::KeepInConflict::Both)
            .merged;
    m_ui->titleLineEdit->setText(m_edited.title);
    RichText::setHtml(m_ui->resultTextEdit->document(), m_edited.bodyHtml);
    DocumentStyle::polish(m_ui->resultTextEdit->document());
    m_ui->pages->setCurrentWidget(m_ui->editPage);
    m_ui->passageList->setEnabled(false);
    for (QPushButton *b :
         {m_ui->takeMineButton, m_ui->takeTheirsButton, m_ui->keepBothButton, m_ui->editButton})
        b->hide();
    m_ui->saveEditedButton->show();
    m_ui->saveEditedButton->setDefault(true);
    m_ui->resultTextEdit->setFocus();
}

void ConflictDialog::saveEdited()
{
    Revision content = m_edited;
    content.title = m_ui->titleLineEdit->text().trimmed();
    content.bodyHtml = RichText::toHtml(m_ui->resultTextEdit->document());
    finish(ConflictService(m_db).resolveWith(m_conflictId, content));
}

bool ConflictDialog::finish(const Result<Article> &outcome)
{
    if (!outcome) {
        QMessageBox::warning(this, tr("Resolve a conflict"), outcome.error().message);
        return false;
    }
    accept();
    return true;
}

} // namespace PressDesk
