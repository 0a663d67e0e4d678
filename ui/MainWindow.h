#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace gatehouse::ui {

class MetadataValidatorView;

// The application window: navigation sidebar, one page per area, menus with the global shortcuts, status
// bar. Geometry and state are remembered with QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Opens a metadata file in the validator (command-line argument, drop, Ctrl+O).
    void openMetadataFile(const QString& path);
    MetadataValidatorView* validatorView() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createNavigation();
    void createMenus();
    void addPage(QWidget* page, const QIcon& icon, const QString& title);
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    MetadataValidatorView* m_validator;
};

} // namespace gatehouse::ui
