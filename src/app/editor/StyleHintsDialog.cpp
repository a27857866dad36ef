#include "editor/StyleHintsDialog.h"

#include "office/OfficeRepository.h"
#include "store/ChangeNotifier.h"
#include "store/Database.h"
#include "text/TextFold.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace PressDesk {

namespace {

QString ignoredKey(const QString &written, const QString &replacement)
{
    return written + QChar(0x1f) + replacement;
}

} // namespace

StyleHintsDialog::StyleHintsDialog(Database &db, QPlainTextEdit *lead, QTextEdit *body,
                                   QWidget *parent)
    : QDialog(parent), m_db(db), m_lead(lead), m_body(body)
{
    setObjectName(QStringLiteral("styleHintsDialog"));
    setWindowTitle(tr("Style hints"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("styleSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("styleHintsList"));
    m_list->setAccessibleName(tr("Style hints"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyHintButton"));
    m_applyAll = new QPushButton(tr("Apply a&ll"), this);
    m_applyAll->setObjectName(QStringLiteral("applyAllHintsButton"));
    m_ignore = new QPushButton(tr("&Ignore"), this);
    m_ignore->setObjectName(QStringLiteral("ignoreHintButton"));
    buttons->addWidget(m_apply);
    buttons->addWidget(m_applyAll);
    buttons->addWidget(m_ignore);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        select(row);
        updateButtons();
    });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { select(m_list->row(item)); });
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(m_list->currentRow()); });
    connect(m_applyAll, &QPushButton::clicked, this, &StyleHintsDialog::applyAll);
    connect(m_ignore, &QPushButton::clicked, this, [this] { ignore(m_list->currentRow()); });

    m_db.changes().subscribe(this, Change::Office, [this] {
        loadOfficeStyle();
        recheck();
    });
    // Follows the text as it is typed, a moment after the last key.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(400);
    connect(timer, &QTimer::timeout, this, &StyleHintsDialog::recheck);
    const auto changed = [this, timer] {
        if (!m_applying)
            timer->start();
    };
    if (m_lead)
        connect(m_lead->document(), &QTextDocument::contentsChanged, this, changed);
    if (m_body)
        connect(m_body->document(), &QTextDocument::contentsChanged, this, changed);
    resize(520, 420);
    loadOfficeStyle();
    recheck();
}

void StyleHintsDialog::loadOfficeStyle()
{
    // Read once, not at every pause in typing; again when the office changes it.
    m_style.reset();
    m_glossary = Text::defaultGlossary();
    if (auto office = OfficeRepository(m_db).load()) {
        m_style = office->toneStyle;
        m_glossary = office->effectiveGlossary();
    }
}

void StyleHintsDialog::recheck()
{
    const QString lead = m_lead ? m_lead->toPlainText() : QString();
    const QString body = m_body ? m_body->document()->toPlainText() : QString();
    m_text = lead + u'\n' + body;
    // The text as the editor holds it, checked in NFC (PressDesk stores NFC; a paste may not
    // be: positions then stay those of the editor, the letters compared in NFC).
    const QString nfc = Text::toNfc(m_text);
    const QString checked = nfc.size() == m_text.size() ? nfc : m_text;
    m_hints.clear();
    for (const Text::StyleHint &h : Text::StyleCheck::hints(checked, m_glossary, m_style)) {
        if (!m_ignored.contains(ignoredKey(m_text.mid(h.from, h.length), h.replacement)))
            m_hints << h;
    }
    const int keep = m_list->currentRow();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Text::StyleHint &h : std::as_const(m_hints)) {
        const QString written = m_text.mid(h.from, h.length);
        const QString shown =
            written.trimmed().isEmpty() ? tr("(spaces)") : written.left(60).simplified();
        const QString replacement = h.replacement.trimmed().isEmpty() && !h.replacement.isEmpty()
                                        ? tr("(one space)")
                                    : h.replacement.isEmpty() ? tr("(nothing)")
                                                              : h.replacement.left(80);
        auto *item =
            new QListWidgetItem(tr("“%1” → “%2”\n%3").arg(shown, replacement, h.message), m_list);
        item->setToolTip(h.message);
    }
    m_summary->setText(m_hints.isEmpty() ? tr("Nothing to suggest: the article follows the "
                                              "office's style.")
                                         : tr("%n hint(s). Choose one to see it in the article.",
                                              nullptr, int(m_hints.size())));
    if (!m_hints.isEmpty())
        m_list->setCurrentRow(std::clamp(keep, 0, int(m_hints.size()) - 1));
    updateButtons();
}

StyleHintsDialog::Place StyleHintsDialog::placeOf(const Text::StyleHint &hint) const
{
    const int leadSize = m_lead ? int(m_lead->toPlainText().size()) : 0;
    if (hint.from <= leadSize && m_lead)
        return {m_lead->document(), int(hint.from)};
    return {m_body ? m_body->document() : nullptr, int(hint.from) - leadSize - 1};
}

void StyleHintsDialog::select(int row)
{
    if (row < 0 || row >= m_hints.size())
        return;
    const Text::StyleHint &h = m_hints.at(row);
    const Place place = placeOf(h);
    if (!place.document)
        return;
    QTextCursor cursor(place.document);
    cursor.setPosition(place.from);
    cursor.setPosition(place.from + int(h.length), QTextCursor::KeepAnchor);
    if (m_lead && place.document == m_lead->document()) {
        m_lead->setTextCursor(cursor);
        m_lead->ensureCursorVisible();
    } else if (m_body) {
        m_body->setTextCursor(cursor);
        m_body->ensureCursorVisible();
    }
}

void StyleHintsDialog::apply(int row)
{
    if (row < 0 || row >= m_hints.size())
        return;
    const Text::StyleHint h = m_hints.at(row);
    const Place place = placeOf(h);
    if (!place.document)
        return;
    m_applying = true;
    QTextCursor cursor(place.document);
    cursor.setPosition(place.from);
    cursor.setPosition(place.from + int(h.length), QTextCursor::KeepAnchor);
    cursor.insertText(h.replacement); // keeps the character format of the text replaced
    m_applying = false;
    recheck();
}

void StyleHintsDialog::applyAll()
{
    // From the end, so that what is applied does not move what comes before it; one undo
    // step per field.
    QList<Text::StyleHint> all = m_hints;
    std::sort(all.begin(), all.end(),
              [](const Text::StyleHint &a, const Text::StyleHint &b) { return a.from > b.from; });
    m_applying = true;
    QList<QTextDocument *> open;
    QList<QTextCursor> blocks;
    for (const Text::StyleHint &h : std::as_const(all)) {
        const Place place = placeOf(h);
        if (!place.document)
            continue;
        if (!open.contains(place.document)) {
            open << place.document;
            blocks << QTextCursor(place.document);
            blocks.last().beginEditBlock();
        }
        QTextCursor cursor(place.document);
        cursor.setPosition(place.from);
        cursor.setPosition(place.from + int(h.length), QTextCursor::KeepAnchor);
        cursor.insertText(h.replacement);
    }
    for (QTextCursor &c : blocks)
        c.endEditBlock();
    m_applying = false;
    recheck();
}

void StyleHintsDialog::reset()
{
    m_ignored.clear();
    recheck();
}

void StyleHintsDialog::ignore(int row)
{
    if (row < 0 || row >= m_hints.size())
        return;
    const Text::StyleHint &h = m_hints.at(row);
    m_ignored << ignoredKey(m_text.mid(h.from, h.length), h.replacement);
    recheck();
}

void StyleHintsDialog::updateButtons()
{
    const bool one = m_list->currentRow() >= 0 && m_list->currentRow() < m_hints.size();
    const bool editable = !(m_body && m_body->isReadOnly());
    m_apply->setEnabled(one && editable);
    m_ignore->setEnabled(one);
    m_applyAll->setEnabled(!m_hints.isEmpty() && editable);
}

} // namespace PressDesk
