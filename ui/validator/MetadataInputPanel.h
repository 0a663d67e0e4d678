#pragma once

#include <QByteArray>
#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace gatehouse::ui {

class UrlFetchWidget;

// Where the metadata comes from: a file, a URL or pasted text, one tab each. Emits the document once it is
// available; reading errors are reported through failed() for the view to show inline.
class MetadataInputPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Origin
    {
        File,
        Url,
        Paste,
    };

    explicit MetadataInputPanel(QWidget* parent = nullptr);

    void openFile(const QString& path);
    void chooseFile();
    void focusUrl();
    void setLabMode(bool lab);
    UrlFetchWidget* urlFetcher() const;

Q_SIGNALS:
    // source is the file path, the URL or "pasted text".
    void
    documentReady(const QByteArray& document, const QString& source, gatehouse::ui::MetadataInputPanel::Origin origin);
    void failed(const QString& message);

private:
    QWidget* createFilePage();
    QWidget* createPastePage();
    void validatePastedText();

    QTabWidget* m_tabs;
    QLineEdit* m_filePathEdit = nullptr;
    UrlFetchWidget* m_urlFetcher;
    QPlainTextEdit* m_pasteEdit = nullptr;
};

} // namespace gatehouse::ui
