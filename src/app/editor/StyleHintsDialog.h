#pragma once

#include "text/StyleHints.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextDocument;
class QTextEdit;

namespace PressDesk {

class Database;

// Article → Check style…: the style hints (Text::StyleCheck) of the article's lead and body in
// a list beside the editor, each with what it would write. Choosing one selects its text in
// the editor; Apply writes it (an edit the writer can undo), Apply all writes every one
// listed, Ignore takes it off the list until the article changes. The list follows the text
// as it is typed (a moment after the last key). The tone-mark style is the office's (Settings
// → Office) when it chose one, else the one most of the article is in.
class StyleHintsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StyleHintsDialog)

public:
    StyleHintsDialog(Database &db, QPlainTextEdit *lead, QTextEdit *body,
                     QWidget *parent = nullptr);

    // Checks the text again (done by itself a moment after the text changes).
    void recheck();
    // Another article: what was ignored counts no more.
    void reset();
    QList<Text::StyleHint> hints() const { return m_hints; } // as listed, lead then body
    void apply(int row);
    void applyAll();
    void ignore(int row);

private:
    // Where a hint of the combined text (lead, a line break, body) is in its document.
    struct Place
    {
        QTextDocument *document = nullptr;
        int from = 0;
    };
    Place placeOf(const Text::StyleHint &hint) const;
    void select(int row);
    void updateButtons();
    void loadOfficeStyle();

    Database &m_db;
    QPointer<QPlainTextEdit> m_lead;
    QPointer<QTextEdit> m_body;
    std::optional<Text::ToneStyle> m_style; // the office's, when it chose one
    QList<Text::GlossaryEntry> m_glossary;  // the office's abbreviations
    QString m_text;                         // the text the hints were found in
    QList<Text::StyleHint> m_hints;
    QList<QString> m_ignored; // "<written>\x1f<replacement>" of the hints the writer ignored
    QListWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_applyAll = nullptr;
    QPushButton *m_ignore = nullptr;
    bool m_applying = false;
};

} // namespace PressDesk
