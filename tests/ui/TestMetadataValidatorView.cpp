// Drives the metadata validator view by objectName, as a user would: file path + Enter, filters, URL input.
#include "ui/validator/AggregatePanel.h"
#include "ui/validator/CertificatePanel.h"
#include "ui/validator/CertificateTree.h"
#include "ui/validator/EntityPickerModel.h"
#include "ui/validator/FindingsModel.h"
#include "ui/validator/FindingsPanel.h"
#include "ui/validator/MetadataValidatorView.h"
#include "ui/validator/SourceView.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimeZone>
#include <QTranslator>
#include <QTreeWidget>

using gatehouse::ui::MetadataValidatorView;
using namespace gatehouse::ui;

namespace {

constexpr int kValidationTimeoutMs = 30000; // sanitizer builds are slow; the wait ends as soon as it is done

QString fixture(const char* relative)
{
    return QStringLiteral(GATEHOUSE_TEST_DATA "/metadata/") + QLatin1String(relative);
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QLatin1String(name));
    if (!widget) {
        qWarning("no child %s", name);
    }
    return widget;
}

QStringList ruleIds(QTableView* table)
{
    QStringList ids;
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        ids.append(model->index(row, 1).data().toString());
    }
    return ids;
}

// An md:EntitiesDescriptor of more than 4 MiB (the streaming threshold): IdPs without keys (key.signing-missing), each
// carrying a comment so that a few thousand entities make the size.
QByteArray largeAggregate(int entities)
{
    const QByteArray padding(900, 'x');
    QByteArray doc = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                       "<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
                                       "Name=\"urn:example:large\">\n");
    for (int i = 0; i < entities; ++i) {
        const QByteArray n = QByteArray::number(i);
        doc += "  <md:EntityDescriptor entityID=\"https://idp" + n + ".example.org/saml\">\n    <!-- " + padding
               + " -->\n    <md:IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n"
                 "      <md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" "
                 "Location=\"https://idp"
               + n + ".example.org/sso\"/>\n    </md:IDPSSODescriptor>\n  </md:EntityDescriptor>\n";
    }
    doc += "</md:EntitiesDescriptor>\n";
    return doc;
}

} // namespace

class TestMetadataValidatorView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void validFileShowsValidVerdict();
    void weakKeyFileShowsErrorAndFilters();
    void detailPaneShowsFix();
    void certificateTreeListsEntity();
    void exportsJson();
    void httpUrlRefusedOutsideLabMode();
    void missingFileShowsInlineError();
    void labModeFetchesFromLocalServer();
    void fetchCanBeCancelled();
    void pastedTextIsValidated();
    void droppedFileIsValidated();
    void revalidateUsesCurrentPolicy();
    void sourceViewFollowsTheSelectedFinding();
    void certificatePanelShowsTheSelectedCertificate();
    void validityTimelineStates();
    void aggregateModePicksAnEntity();
    void largeAggregateShowsStreamedProgress();

private:
    void openAndWait(const QString& path);

    MetadataValidatorView* m_view = nullptr;
    QTranslator m_translator;
};

void TestMetadataValidatorView::initTestCase()
{
    // The English catalogue carries the plural forms ("1 error", "2 errors"); it is embedded in gatehouse_ui.
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/gatehouse_en.qm")));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestMetadataValidatorView::init()
{
    m_view = new MetadataValidatorView;
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestMetadataValidatorView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestMetadataValidatorView::openAndWait(const QString& path)
{
    auto* pathEdit = child<QLineEdit>(m_view, "filePathEdit");
    QVERIFY(pathEdit);
    pathEdit->setText(path);
    QTest::keyClick(pathEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isValidating(), kValidationTimeoutMs);
}

void TestMetadataValidatorView::validFileShowsValidVerdict()
{
    openAndWait(fixture("valid/okta-idp.xml"));
    auto* verdict = child<QLabel>(m_view, "verdictLabel");
    QTRY_COMPARE(verdict->text(), QStringLiteral("Valid"));
    const QString summary = child<QLabel>(m_view, "summaryLabel")->text();
    QVERIFY2(summary.startsWith(QStringLiteral("0 errors, 0 warnings, 6 notes — 1 entity in ")), qPrintable(summary));
    const QStringList ids = ruleIds(child<QTableView>(m_view, "findingsTable"));
    QVERIFY2(ids.contains(QStringLiteral("idp.known")), qPrintable(ids.join(u',')));
    QVERIFY(!ids.contains(QStringLiteral("cert.weak-key")));
    QVERIFY(!child<QWidget>(m_view, "messageBar")->isVisible());
}

void TestMetadataValidatorView::weakKeyFileShowsErrorAndFilters()
{
    openAndWait(fixture("invalid/weak-key.xml"));
    QTRY_COMPARE(child<QLabel>(m_view, "verdictLabel")->text(), QStringLiteral("Invalid"));
    auto* table = child<QTableView>(m_view, "findingsTable");
    QStringList ids = ruleIds(table);
    QVERIFY2(ids.contains(QStringLiteral("cert.weak-key")), qPrintable(ids.join(u',')));
    QVERIFY(ids.contains(QStringLiteral("endpoint.slo")));
    QCOMPARE(ids.constFirst(), QStringLiteral("cert.weak-key")); // sorted by severity: errors first

    auto* severity = child<QComboBox>(m_view, "severityFilter");
    severity->setCurrentIndex(severity->findText(QStringLiteral("Errors")));
    QCOMPARE(ruleIds(table), QStringList{QStringLiteral("cert.weak-key")});

    severity->setCurrentIndex(0);
    auto* search = child<QLineEdit>(m_view, "findingsSearch");
    QTest::keyClicks(search, QStringLiteral("self-signed"));
    QCOMPARE(ruleIds(table), QStringList{QStringLiteral("cert.self-signed")});
    search->clear();
    QCOMPARE(ruleIds(table).size(), ids.size());
}

void TestMetadataValidatorView::detailPaneShowsFix()
{
    openAndWait(fixture("invalid/weak-key.xml"));
    auto* table = child<QTableView>(m_view, "findingsTable");
    QTRY_VERIFY(table->model()->rowCount() > 0);
    table->setCurrentIndex(table->model()->index(0, 0)); // cert.weak-key after the severity sort
    const QString detail = child<QWidget>(m_view, "findingDetail")->property("plainText").toString();
    QVERIFY2(detail.contains(QStringLiteral("Generate a new signing key")), qPrintable(detail));
    QVERIFY(child<QPushButton>(m_view, "copyFindingButton")->isEnabled());
}

void TestMetadataValidatorView::certificateTreeListsEntity()
{
    openAndWait(fixture("invalid/weak-key.xml"));
    auto* tree = child<QTreeWidget>(m_view, "certificateTree");
    QTRY_COMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem* entity = tree->topLevelItem(0);
    QCOMPARE(entity->text(0), QStringLiteral("https://idp.example.com/saml"));
    QTreeWidgetItem* role = entity->child(0);
    QVERIFY(role->text(0).contains(QStringLiteral("IDPSSODescriptor")));
    QTreeWidgetItem* certificate = role->child(0);
    QVERIFY(certificate->text(0).contains(QStringLiteral("CN=Gatehouse Test Weak Key")));
    QVERIFY(certificate->text(3).contains(QStringLiteral("1024")));
    QCOMPARE(certificate->text(1), QStringLiteral("Valid"));
    bool hasFingerprint = false;
    for (int i = 0; i < certificate->childCount(); ++i) {
        hasFingerprint |= certificate->child(i)->text(0).startsWith(QStringLiteral("SHA-256 24:60:DF"));
    }
    QVERIFY(hasFingerprint);
}

void TestMetadataValidatorView::exportsJson()
{
    QVERIFY(!m_view->exportReport(QStringLiteral("/nonexistent/report.json"))); // nothing to export yet
    openAndWait(fixture("invalid/weak-key.xml"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.json"));
    QVERIFY(m_view->exportReport(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!json.isEmpty());
    QVERIFY(QJsonDocument(json).toJson().contains("cert.weak-key"));
}

void TestMetadataValidatorView::httpUrlRefusedOutsideLabMode()
{
    QVERIFY(!child<QCheckBox>(m_view, "labModeCheck")->isChecked());
    m_view->focusUrl(); // shows the URL tab, so visibility checks below are meaningful
    auto* url = child<QLineEdit>(m_view, "urlEdit");
    url->setText(QStringLiteral("http://idp.example.com/metadata"));
    QTest::mouseClick(child<QPushButton>(m_view, "fetchButton"), Qt::LeftButton);
    auto* message = child<QLabel>(m_view, "messageText");
    QVERIFY(child<QWidget>(m_view, "messageBar")->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("https")), qPrintable(message->text()));
    QVERIFY(!child<QWidget>(m_view, "fetchProgress")->isVisible());
    QVERIFY(child<QPushButton>(m_view, "fetchButton")->isEnabled());
    QCOMPARE(child<QLabel>(m_view, "verdictLabel")->text(), QStringLiteral("No metadata validated yet"));
}

void TestMetadataValidatorView::missingFileShowsInlineError()
{
    auto* pathEdit = child<QLineEdit>(m_view, "filePathEdit");
    pathEdit->setText(fixture("valid/does-not-exist.xml"));
    QTest::keyClick(pathEdit, Qt::Key_Return);
    QVERIFY(child<QWidget>(m_view, "messageBar")->isVisible());
    QVERIFY(child<QLabel>(m_view, "messageText")->text().contains(QStringLiteral("does-not-exist.xml")));
    QVERIFY(!m_view->isValidating());
}

void TestMetadataValidatorView::labModeFetchesFromLocalServer()
{
    QFile metadata(fixture("valid/okta-idp.xml"));
    QVERIFY(metadata.open(QIODevice::ReadOnly));
    const QByteArray body = metadata.readAll();
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server, body] {
        QTcpSocket* socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, body] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/samlmetadata+xml\r\nConnection: close\r\n"
                          "Content-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    });

    QTest::mouseClick(child<QCheckBox>(m_view, "labModeCheck"), Qt::LeftButton);
    QVERIFY(child<QCheckBox>(m_view, "labModeCheck")->isChecked());
    m_view->focusUrl();
    const QString url = QStringLiteral("http://127.0.0.1:%1/metadata").arg(server.serverPort());
    QTest::keyClicks(child<QLineEdit>(m_view, "urlEdit"), url);
    QTest::keyClick(child<QLineEdit>(m_view, "urlEdit"), Qt::Key_Return);
    // Fetched metadata is validated as remote: without validUntil it gets validity.missing (a warning).
    QTRY_COMPARE_WITH_TIMEOUT(
        child<QLabel>(m_view, "verdictLabel")->text(), QStringLiteral("Valid with warnings"), kValidationTimeoutMs);
    QVERIFY(ruleIds(child<QTableView>(m_view, "findingsTable")).contains(QStringLiteral("validity.missing")));
    QVERIFY(child<QLabel>(m_view, "summaryLabel")->text().contains(url));
    QVERIFY(!child<QWidget>(m_view, "fetchProgress")->isVisible());
    QVERIFY(!child<QWidget>(m_view, "messageBar")->isVisible());
}

void TestMetadataValidatorView::fetchCanBeCancelled()
{
    QTcpServer server; // accepts the connection and never answers
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTest::mouseClick(child<QCheckBox>(m_view, "labModeCheck"), Qt::LeftButton);
    m_view->focusUrl();
    child<QLineEdit>(m_view, "urlEdit")->setText(QStringLiteral("http://127.0.0.1:%1/slow").arg(server.serverPort()));
    QTest::mouseClick(child<QPushButton>(m_view, "fetchButton"), Qt::LeftButton);
    auto* cancel = child<QPushButton>(m_view, "cancelFetchButton");
    QVERIFY(child<QWidget>(m_view, "fetchProgress")->isVisible());
    QVERIFY(cancel->isEnabled());
    QVERIFY(!child<QPushButton>(m_view, "fetchButton")->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!child<QWidget>(m_view, "fetchProgress")->isVisible());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(child<QPushButton>(m_view, "fetchButton")->isEnabled());
    QTest::qWait(50); // let the aborted request wind down: no late result or error may appear
    QCOMPARE(child<QLabel>(m_view, "verdictLabel")->text(), QStringLiteral("No metadata validated yet"));
    QVERIFY(!child<QWidget>(m_view, "messageBar")->isVisible());
}

void TestMetadataValidatorView::pastedTextIsValidated()
{
    QFile metadata(fixture("invalid/weak-key.xml"));
    QVERIFY(metadata.open(QIODevice::ReadOnly));
    child<QPlainTextEdit>(m_view, "pasteEdit")->setPlainText(QString::fromUtf8(metadata.readAll()));
    QTest::mouseClick(child<QPushButton>(m_view, "validatePasteButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        child<QLabel>(m_view, "verdictLabel")->text(), QStringLiteral("Invalid"), kValidationTimeoutMs);
    QVERIFY(child<QLabel>(m_view, "summaryLabel")->text().endsWith(QStringLiteral("pasted text")));

    child<QPlainTextEdit>(m_view, "pasteEdit")->clear();
    QTest::mouseClick(child<QPushButton>(m_view, "validatePasteButton"), Qt::LeftButton);
    QVERIFY(child<QWidget>(m_view, "messageBar")->isVisible()); // empty paste: inline hint, no validation
    QVERIFY(!m_view->isValidating());
}

void TestMetadataValidatorView::droppedFileIsValidated()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fixture("invalid/weak-key.xml"))});
    const QPoint where = m_view->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(where), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view, &drop);
    QTRY_COMPARE_WITH_TIMEOUT(
        child<QLabel>(m_view, "verdictLabel")->text(), QStringLiteral("Invalid"), kValidationTimeoutMs);
    QVERIFY(child<QLineEdit>(m_view, "filePathEdit")->text().endsWith(QStringLiteral("weak-key.xml")));

    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.com/metadata.xml"))});
    QDragEnterEvent refused(where, Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(m_view, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMetadataValidatorView::revalidateUsesCurrentPolicy()
{
    m_view->revalidate(); // nothing yet: inline hint
    QVERIFY(child<QWidget>(m_view, "messageBar")->isVisible());

    openAndWait(fixture("valid/okta-idp.xml"));
    QCOMPARE(child<QLabel>(m_view, "verdictLabel")->text(), QStringLiteral("Valid"));
    auto* role = child<QComboBox>(m_view, "expectedRoleCombo");
    role->setCurrentIndex(role->findText(QStringLiteral("Service provider")));
    m_view->revalidate();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isValidating(), kValidationTimeoutMs);
    QCOMPARE(child<QLabel>(m_view, "verdictLabel")->text(), QStringLiteral("Invalid")); // an IdP is not an SP
}

void TestMetadataValidatorView::sourceViewFollowsTheSelectedFinding()
{
    openAndWait(fixture("invalid/weak-key.xml"));
    auto* table = child<QTableView>(m_view, "findingsTable");
    SourceView* source = m_view->sourceView();
    QTRY_VERIFY(table->model()->rowCount() > 1);
    QFile file(fixture("invalid/weak-key.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(source->toPlainText(), QString::fromUtf8(file.readAll()));
    QVERIFY(source->isShowingDocument());

    // Each finding with a line: selecting it scrolls to and marks that line, and the label names it.
    QList<int> lines;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const int line = table->model()->index(row, 0).siblingAtColumn(2).data().toInt();
        table->setCurrentIndex(table->model()->index(row, 0));
        if (line > 0) {
            QCOMPARE(source->highlightedLine(), line);
            QCOMPARE(source->cursorLine(), line);
            QVERIFY(!source->extraSelections().isEmpty());
            const QString label = child<QLabel>(m_view, "sourceLineLabel")->text();
            QVERIFY2(label.contains(QStringLiteral("line %1").arg(line)), qPrintable(label));
            if (!lines.contains(line)) {
                lines.append(line);
            }
        }
    }
    QVERIFY2(lines.size() >= 2, "the fixture has findings on at least two lines");

    // Enter on a finding moves the focus to its line in the source…
    m_view->activateWindow();
    table->setCurrentIndex(table->model()->index(0, 0));
    table->setFocus();
    const int firstLine = source->highlightedLine();
    QVERIFY(firstLine > 0);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(source->hasFocus());
    QCOMPARE(source->cursorLine(), firstLine);
    // …and Enter on another finding's line in the source selects that finding in the table.
    const int otherLine = lines.constLast() == firstLine ? lines.constFirst() : lines.constLast();
    QTextCursor cursor(source->document()->findBlockByNumber(otherLine - 1));
    source->setTextCursor(cursor);
    QTest::keyClick(source, Qt::Key_Return);
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().siblingAtColumn(2).data().toInt(), otherLine);
    QCOMPARE(source->highlightedLine(), otherLine);
    // A line without a finding changes nothing.
    source->setTextCursor(QTextCursor(source->document()->findBlockByNumber(0)));
    const QModelIndex before = table->currentIndex();
    if (!m_view->findingsPanel()->selectFindingAtLine(1)) {
        QTest::keyClick(source, Qt::Key_Return);
        QCOMPARE(table->currentIndex(), before);
    }
}

void TestMetadataValidatorView::certificatePanelShowsTheSelectedCertificate()
{
    openAndWait(fixture("invalid/weak-key.xml"));
    m_view->resultTabs()->setCurrentIndex(1);
    CertificatePanel* panel = m_view->certificatePanel();
    auto* sha256 = child<QLineEdit>(panel, "certificateSha256Edit");
    auto* sha1 = child<QLineEdit>(panel, "certificateSha1Edit");
    QVERIFY(!sha256->isVisible()); // nothing selected yet
    QVERIFY(child<QLabel>(panel, "certificatePlaceholder")->isVisible());

    auto* tree = m_view->certificateTree();
    QTRY_COMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem* certificate = tree->topLevelItem(0)->child(0)->child(0);
    tree->setCurrentItem(certificate);
    QVERIFY(sha256->isVisible());
    QVERIFY2(sha256->text().startsWith(QStringLiteral("24:60:DF")), qPrintable(sha256->text()));
    QCOMPARE(sha1->text().size(), 59); // 20 bytes as AB:CD:…
    const QString key = child<QLineEdit>(panel, "certificateKey")->text();
    QVERIFY2(key.contains(QStringLiteral("1024")) && key.contains(QStringLiteral("weak")), qPrintable(key));
    QVERIFY(!child<QLineEdit>(panel, "certificateSignature")->text().isEmpty());
    QVERIFY(child<QLineEdit>(panel, "certificateSubject")->text().contains(QStringLiteral("Gatehouse Test Weak Key")));
    QCOMPARE(panel->timeline()->state(), ValidityTimeline::State::Valid);
    const QString validity = child<QLabel>(panel, "certificateValidityText")->text();
    QVERIFY2(validity.contains(QStringLiteral("warning window starts")), qPrintable(validity));
    QCOMPARE(panel->timeline()->accessibleDescription(), panel->timeline()->text());
    const QString screenshots = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        QVERIFY(m_view->grab().save(screenshots + QStringLiteral("/metadata-validator-certificate-panel.png")));
    }
    // A fingerprint detail row shows the same certificate.
    tree->setCurrentItem(certificate->child(1));
    QVERIFY(sha256->isVisible());
    // Copy puts the fingerprint on the clipboard.
    QTest::mouseClick(child<QPushButton>(panel, "certificateSha256CopyButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), sha256->text());
    // An entity row has no certificate.
    tree->setCurrentItem(tree->topLevelItem(0));
    QVERIFY(!sha256->isVisible());
}

void TestMetadataValidatorView::validityTimelineStates()
{
    ValidityTimeline timeline;
    timeline.resize(400, timeline.sizeHint().height());
    const QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
    const QDateTime from = now.addYears(-1);
    timeline.setValidity(from, now.addDays(200), now, 30);
    QCOMPARE(timeline.state(), ValidityTimeline::State::Valid);
    QVERIFY2(timeline.text().contains(QStringLiteral("200 more days")), qPrintable(timeline.text()));
    timeline.setValidity(from, now.addDays(10), now, 30);
    QCOMPARE(timeline.state(), ValidityTimeline::State::Expiring);
    QVERIFY2(timeline.text().contains(QStringLiteral("Expires in 10 days")), qPrintable(timeline.text()));
    QVERIFY2(timeline.text().contains(QStringLiteral("30-day warning window")), qPrintable(timeline.text()));
    timeline.setValidity(from, now.addDays(-3), now, 30);
    QCOMPARE(timeline.state(), ValidityTimeline::State::Expired);
    QVERIFY2(timeline.text().contains(QStringLiteral("Expired 3 days ago")), qPrintable(timeline.text()));
    timeline.setValidity(now.addDays(5), now.addYears(1), now, 30);
    QCOMPARE(timeline.state(), ValidityTimeline::State::NotYetValid);
    timeline.setValidity(QDateTime(), now, now, 30);
    QCOMPARE(timeline.state(), ValidityTimeline::State::None);
    // Painting every state must not trip the sanitizers.
    timeline.setValidity(from, now.addDays(10), now, 30);
    QVERIFY(!timeline.grab().isNull());
}

void TestMetadataValidatorView::aggregateModePicksAnEntity()
{
    AggregatePanel* aggregate = m_view->aggregatePanel();
    QAbstractItemModelTester tester(aggregate->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTabWidget* tabs = m_view->resultTabs();
    const int aggregateTab = tabs->indexOf(aggregate);
    QVERIFY(aggregateTab >= 0);
    QVERIFY(!tabs->isTabVisible(aggregateTab));

    auto* progress = child<QWidget>(m_view, "validationProgress");
    QVERIFY(!progress->isVisible());
    m_view->openFile(fixture("aggregates/swamid-test.xml"));
    QVERIFY(progress->isVisible()); // busy until the report arrives from the thread pool (queued to this thread)
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isValidating(), kValidationTimeoutMs);
    QTRY_VERIFY(tabs->isTabVisible(aggregateTab));
    QVERIFY(!progress->isVisible());
    tabs->setCurrentIndex(aggregateTab);
    const QString summary = aggregate->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("58 entities")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Duplicate entity IDs: 0")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Per role:")), qPrintable(summary));
    auto* picker = child<QTableView>(aggregate, "entityPicker");
    QCOMPARE(picker->model()->rowCount(), 58);

    // Search narrows the list; the role column says what each entity is.
    auto* search = child<QLineEdit>(aggregate, "entitySearch");
    QTest::keyClicks(search, QStringLiteral("mondo.su"));
    QCOMPARE(picker->model()->rowCount(), 1);
    const QModelIndex mondo = picker->model()->index(0, EntityPickerModel::EntityIdColumn);
    QCOMPARE(mondo.data().toString(), QStringLiteral("https://mondo.su.se"));
    QVERIFY(!mondo.siblingAtColumn(EntityPickerModel::RolesColumn).data().toString().isEmpty());

    // Picking it narrows the findings and certificates to that entity; Show All Entities undoes it.
    auto* findings = child<QTableView>(m_view, "findingsTable");
    const int allFindings = findings->model()->rowCount();
    picker->setCurrentIndex(mondo);
    QCOMPARE(aggregate->selectedEntity(), QStringLiteral("https://mondo.su.se"));
    const int errorsAndWarnings = mondo.siblingAtColumn(EntityPickerModel::ErrorsColumn).data().toInt()
                                  + mondo.siblingAtColumn(EntityPickerModel::WarningsColumn).data().toInt();
    QVERIFY(findings->model()->rowCount() >= errorsAndWarnings);
    QVERIFY(findings->model()->rowCount() < allFindings);
    for (int row = 0; row < findings->model()->rowCount(); ++row) {
        QCOMPARE(findings->model()->index(row, 0).data(FindingsModel::EntityIdRole).toString(),
                 QStringLiteral("https://mondo.su.se"));
    }
    CertificateTree* tree = m_view->certificateTree();
    int shown = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (!tree->topLevelItem(i)->isHidden()) {
            ++shown;
            QCOMPARE(tree->topLevelItem(i)->text(0), QStringLiteral("https://mondo.su.se"));
        }
    }
    QCOMPARE(shown, 1);
    auto* showAll = child<QPushButton>(aggregate, "showAllEntitiesButton");
    QVERIFY(showAll->isEnabled());
    QTest::mouseClick(showAll, Qt::LeftButton);
    QCOMPARE(findings->model()->rowCount(), allFindings);
    QVERIFY(aggregate->selectedEntity().isEmpty());
    QVERIFY(!showAll->isEnabled());

    // Duplicates are counted in the summary; a single entity hides the aggregate tab again.
    openAndWait(fixture("invalid/duplicate-entity-ids.xml"));
    QTRY_VERIFY2(aggregate->summaryText().contains(QStringLiteral("Duplicate entity IDs: 1")),
                 qPrintable(aggregate->summaryText()));
    QCOMPARE(picker->model()->rowCount(), 1); // one row per entityID
    openAndWait(fixture("invalid/weak-key.xml"));
    QTRY_VERIFY(!tabs->isTabVisible(aggregateTab));
}

// Inputs of 4 MiB or more are streamed: the progress bar shows a real percentage that rises to 100, and Cancel stops
// the validation (the bar never reaches 100 then, and the verdict says so).
void TestMetadataValidatorView::largeAggregateShowsStreamedProgress()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large-aggregate.xml"));
    const int entities = 4000;
    const QByteArray doc = largeAggregate(entities);
    QVERIFY(doc.size() > 4 * 1024 * 1024);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(doc), qint64(doc.size()));
    }
    auto* progress = child<QProgressBar>(m_view, "validationProgress");
    auto* cancel = child<QPushButton>(m_view, "cancelValidationButton");
    auto* verdict = child<QLabel>(m_view, "verdictLabel");
    QVERIFY(progress && cancel && verdict);
    QList<int> values;
    connect(progress, &QProgressBar::valueChanged, this, [&values](int value) { values.append(value); });
    QVERIFY(!cancel->isVisible());

    m_view->openFile(path);
    QVERIFY(m_view->isValidating());
    QVERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible());
    QCOMPARE(progress->maximum(), 100); // a percentage, not a busy indicator
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isValidating(), 4 * kValidationTimeoutMs);
    values.removeAll(0); // showRunning resets the bar to 0
    QVERIFY2(values.size() >= 10, qPrintable(QString::number(values.size())));
    for (qsizetype i = 1; i < values.size(); ++i) {
        QVERIFY2(values.at(i) > values.at(i - 1),
                 qPrintable(QStringLiteral("%1 after %2").arg(values.at(i)).arg(values.at(i - 1))));
    }
    QCOMPARE(values.constLast(), 100);
    QTRY_VERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(verdict->text(), QStringLiteral("Invalid")); // key.signing-missing on every entity
    QCOMPARE(child<QTableView>(m_view->aggregatePanel(), "entityPicker")->model()->rowCount(), entities);
    QVERIFY(ruleIds(child<QTableView>(m_view, "findingsTable")).contains(QStringLiteral("key.signing-missing")));

    // Cancel stops it: no report, the bar stops short of 100, and the view says the validation was cancelled.
    values.clear();
    m_view->openFile(path);
    QVERIFY(m_view->isValidating());
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isValidating(), 4 * kValidationTimeoutMs);
    QCOMPARE(verdict->text(), QStringLiteral("Validation cancelled"));
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!values.contains(100));
    QVERIFY(!child<QPushButton>(m_view, "exportReportButton")->isEnabled());
}

QTEST_MAIN(TestMetadataValidatorView)
#include "TestMetadataValidatorView.moc"
