// The Webhooks view against a real engine started in-process (private targets allowed, fast retries) and a
// local HTTP receiver: create an endpoint (refusal inline, the one-time secret with Copy), the endpoint table,
// a test event in the delivery log with status, HTTP status, attempts and latency, redeliver, rotate the
// secret, disable / enable, delete after a confirmation (Cancel keeps it); models under QAbstractItemModelTester;
// the selected delivery's attempts and the delivery log's status filter (a failing delivery left pending).
#include "client/ApiClient.h"
#include "engine/EngineConfig.h"
#include "models/PagedTableModel.h"
#include "models/WebhookTables.h"
#include "tests/engine/EngineHarness.h"
#include "ui/inspector/ResourceTablePanel.h"
#include "ui/webhooks/WebhooksView.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace gatehouse;
using engine::test::EngineHarness;

class TestWebhooksView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void endpointLifecycleAndDeliveryLog();

private:
    static void answerNextMessageBox(QMessageBox::StandardButton button);
    // Reloads `model` until `check` holds for its rows (the dispatcher works in the background).
    static bool reloadUntil(models::PagedTableModel* model, const std::function<bool()>& check);

    EngineHarness m_engine;
    QTcpServer m_receiver;
    int m_received = 0;
    bool m_failing = false; // the receiver answers 500
};

void TestWebhooksView::initTestCase()
{
    QVERIFY(m_receiver.listen(QHostAddress::LocalHost));
    connect(&m_receiver, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_receiver.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0) {
                    return;
                }
                qsizetype length = 0;
                for (const QByteArray& line : buffer->left(end).split('\n')) {
                    if (line.trimmed().toLower().startsWith("content-length:")) {
                        length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
                    }
                }
                if (buffer->size() < end + 4 + length) {
                    return;
                }
                ++m_received;
                socket->write(m_failing
                                  ? QByteArrayLiteral("HTTP/1.1 500 Internal Server Error\r\nContent-Type: "
                                                      "text/plain\r\nContent-Length: 4\r\nConnection: "
                                                      "close\r\n\r\nboom")
                                  : QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                                                      "2\r\nConnection: close\r\n\r\nok"));
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    QVERIFY2(m_engine.start([](engine::EngineConfig& config) {
        config.webhookAllowPrivate = true;
        config.webhookRetrySchedule = {0, 120, 240}; // a failed first attempt stays PENDING for the test
        config.webhookTimeoutMs = 5000;
        config.webhookPollIntervalMs = 20;
    }),
             qPrintable(m_engine.lastError()));
}

void TestWebhooksView::answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            box->button(button)->click();
            poll->deleteLater();
        }
    });
    poll->start();
}

bool TestWebhooksView::reloadUntil(models::PagedTableModel* model, const std::function<bool()>& check)
{
    for (int i = 0; i < 150; ++i) {
        model->reload();
        if (!QTest::qWaitFor([model] { return !model->isLoading(); }, 10000)) {
            return false;
        }
        if (check()) {
            return true;
        }
        QTest::qWait(100);
    }
    return false;
}

void TestWebhooksView::endpointLifecycleAndDeliveryLog()
{
    client::ApiClient api(
        client::ClientConfig{QUrl(m_engine.baseUrl()), m_engine.clientId(), m_engine.clientSecret(), 10000});
    ui::WebhooksView view;
    view.resize(1000, 800);
    view.show();
    QAbstractItemModelTester endpointsTester(view.endpoints(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester deliveriesTester(view.deliveries(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&view, &ui::WebhooksView::actionFinished);
    view.setClient(&api);
    QTRY_VERIFY_WITH_TIMEOUT(!view.endpoints()->isLoading(), 15000);
    QCOMPARE(view.endpoints()->rowCount(), 0);
    auto* url = view.findChild<QLineEdit*>(QStringLiteral("webhookUrlEdit"));
    auto* types = view.findChild<QLineEdit*>(QStringLiteral("webhookEventTypesEdit"));
    auto* description = view.findChild<QLineEdit*>(QStringLiteral("webhookDescriptionEdit"));
    auto* create = view.findChild<QAbstractButton*>(QStringLiteral("createWebhookButton"));
    auto* secret = view.findChild<QLineEdit*>(QStringLiteral("webhookSecretEdit"));
    auto* copy = view.findChild<QAbstractButton*>(QStringLiteral("copyWebhookSecretButton"));
    auto* message = view.findChild<QLabel*>(QStringLiteral("webhooksMessage"));
    QVERIFY(url && types && description && create && secret && copy && message);
    QVERIFY(!create->isEnabled());

    // A refused URL is reported inline.
    QTest::keyClicks(url, QStringLiteral("ftp://example.com/hook"));
    create->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(!finished.at(0).at(1).toString().isEmpty());
    QVERIFY2(message->text().startsWith(QStringLiteral("Could not create the endpoint")), qPrintable(message->text()));
    QVERIFY(secret->text().isEmpty());

    // Created: the secret shown once, with Copy.
    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:%1/hook").arg(m_receiver.serverPort()));
    QTest::keyClicks(description, QStringLiteral("local receiver"));
    QTest::keyClicks(types, QStringLiteral("organization.*, connection.enabled"));
    create->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
    QCOMPARE(finished.at(1).at(1).toString(), QString());
    const QString firstSecret = secret->text();
    QVERIFY2(firstSecret.startsWith(QStringLiteral("whsec_")), qPrintable(firstSecret));
    QVERIFY(copy->isEnabled());
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), firstSecret);
    QVERIFY(url->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(view.endpoints()->rowCount(), 1, 15000);
    QCOMPARE(view.endpoints()->index(0, 1).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(view.endpoints()->index(0, 2).data().toString(), QStringLiteral("organization.*, connection.enabled"));
    QCOMPARE(view.endpoints()->index(0, 3).data().toString(), QStringLiteral("local receiver"));
    const QString endpointId = view.endpoints()->rowAt(0).id;
    QVERIFY(endpointId.startsWith(QStringLiteral("whk_")));
    auto* endpointsTable = view.findChild<QTableView*>(QStringLiteral("webhookEndpointsTable"));
    QTRY_VERIFY(endpointsTable->selectionModel()->currentIndex().isValid()); // selected: its log loads
    QTRY_VERIFY_WITH_TIMEOUT(!view.deliveries()->isLoading(), 15000);
    QCOMPARE(view.deliveries()->rowCount(), 0);

    // A test event: delivered to the receiver, logged with status, HTTP status, attempts and latency.
    auto* test = view.findChild<QAbstractButton*>(QStringLiteral("testWebhookButton"));
    QVERIFY(test->isEnabled());
    test->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 15000);
    QCOMPARE(finished.at(2).at(1).toString(), QString());
    models::PagedTableModel* log = view.deliveries();
    QVERIFY2(reloadUntil(log,
                         [log] {
                             return log->rowCount() == 1
                                    && log->index(0, 2).data().toString() == QStringLiteral("SUCCEEDED");
                         }),
             "the test delivery did not succeed");
    QCOMPARE(log->index(0, 1).data().toString(), QStringLiteral("webhook.test"));
    QCOMPARE(log->index(0, 3).data().toString(), QStringLiteral("1"));
    QCOMPARE(log->index(0, 4).data().toString(), QStringLiteral("200"));
    bool latencyOk = false;
    QVERIFY(log->index(0, 5).data().toString().toInt(&latencyOk) >= 0 && latencyOk);
    QVERIFY(m_received >= 1);

    // Redeliver the selected delivery: a new delivery of the same event.
    auto* redeliver = view.findChild<QAbstractButton*>(QStringLiteral("redeliverButton"));
    QVERIFY(!redeliver->isEnabled());
    view.findChild<QTableView*>(QStringLiteral("webhookDeliveriesTable"))->setCurrentIndex(log->index(0, 0));
    QVERIFY(redeliver->isEnabled());
    redeliver->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 15000);
    QCOMPARE(finished.at(3).at(1).toString(), QString());
    QVERIFY2(reloadUntil(log,
                         [log] {
                             return log->rowCount() == 2
                                    && log->index(0, 2).data().toString() == QStringLiteral("SUCCEEDED");
                         }),
             "the redelivery did not succeed");
    QCOMPARE(log->index(0, 1).data().toString(), QStringLiteral("webhook.test"));
    QVERIFY(m_received >= 2);

    // The selected delivery's attempts: number, time, HTTP status, latency, error.
    auto* deliveriesTable = view.findChild<QTableView*>(QStringLiteral("webhookDeliveriesTable"));
    auto* attempts = view.findChild<QTableWidget*>(QStringLiteral("webhookAttemptsTable"));
    QVERIFY(attempts);
    QVERIFY(!attempts->accessibleName().isEmpty());
    deliveriesTable->setCurrentIndex(log->index(0, 0));
    QTRY_COMPARE(attempts->rowCount(), 1);
    QCOMPARE(attempts->item(0, 0)->text(), QStringLiteral("1"));
    QVERIFY(!attempts->item(0, 1)->text().isEmpty());
    QCOMPARE(attempts->item(0, 2)->text(), QStringLiteral("200"));
    attempts->item(0, 3)->text().toInt(&latencyOk);
    QVERIFY(latencyOk);
    QCOMPARE(attempts->item(0, 4)->text(), QString());

    // A failing delivery: the receiver answers 500; it stays PENDING (next attempt in two minutes).
    m_failing = true;
    test->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, 15000);
    QVERIFY2(reloadUntil(log,
                         [log] {
                             return log->rowCount() == 3
                                    && log->index(0, 2).data().toString() == QStringLiteral("PENDING")
                                    && log->index(0, 4).data().toString() == QStringLiteral("500");
                         }),
             "the failing delivery was not logged as pending");
    m_failing = false;
    deliveriesTable->setCurrentIndex(log->index(0, 0));
    QTRY_COMPARE(attempts->rowCount(), 1);
    QCOMPARE(attempts->item(0, 2)->text(), QStringLiteral("500"));
    QVERIFY2(attempts->item(0, 4)->text().contains(QStringLiteral("500")), qPrintable(attempts->item(0, 4)->text()));
    deliveriesTable->setCurrentIndex({});
    QTRY_COMPARE(attempts->rowCount(), 0);

    // The status filter asks the engine for that status only.
    auto* filter = view.findChild<QComboBox*>(QStringLiteral("webhookDeliveryStatusFilter"));
    QVERIFY(filter);
    QVERIFY(!filter->accessibleName().isEmpty());
    QCOMPARE(filter->currentData().toString(), QString());
    const auto filterTo = [&](const QString& status, int rows) {
        filter->setCurrentIndex(filter->findData(status));
        QCOMPARE(view.deliveryStatusFilter(), status);
        QTRY_VERIFY_WITH_TIMEOUT(!log->isLoading() && log->rowCount() == rows, 15000);
        for (int row = 0; row < log->rowCount(); ++row) {
            QVERIFY(status.isEmpty() || log->index(row, 2).data().toString() == status);
        }
    };
    filterTo(QStringLiteral("SUCCEEDED"), 2);
    filterTo(QStringLiteral("PENDING"), 1);
    filterTo(QStringLiteral("FAILED"), 0);
    filterTo(QString(), 3);
    QCOMPARE(filter->count(), 5);

    // Rotate: a new secret, shown once, the previous one signing for the overlap.
    view.findChild<QAbstractButton*>(QStringLiteral("rotateWebhookSecretButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 6, 15000);
    QCOMPARE(finished.at(5).at(1).toString(), QString());
    QVERIFY(secret->text().startsWith(QStringLiteral("whsec_")));
    QVERIFY(secret->text() != firstSecret);
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("webhookSecretNote"))->text().contains(QStringLiteral("previous")));

    // Disable, then enable again.
    auto* toggle = view.findChild<QAbstractButton*>(QStringLiteral("toggleWebhookButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!view.endpoints()->isLoading() && toggle->isEnabled(), 15000); // reloaded after rotating
    QTRY_COMPARE(toggle->text(), QStringLiteral("Disable"));
    toggle->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 7, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(view.endpoints()->rowCount(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(view.endpoints()->index(0, 1).data().toString(), QStringLiteral("No"), 15000);
    QTRY_COMPARE(toggle->text(), QStringLiteral("Enable"));
    QCOMPARE(m_engine.api("GET", QStringLiteral("/api/v1/webhooks/endpoints/") + endpointId)
                 .json()[QStringLiteral("endpoint")][QStringLiteral("enabled")]
                 .toBool(),
             false);
    QTRY_VERIFY_WITH_TIMEOUT(toggle->isEnabled(), 15000);
    toggle->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 8, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(view.endpoints()->index(0, 1).data().toString(), QStringLiteral("Yes"), 15000);

    // Delete asks first: Cancel keeps the endpoint, Yes deletes it.
    auto* remove = view.findChild<QAbstractButton*>(QStringLiteral("deleteWebhookButton"));
    QTRY_VERIFY(remove->isEnabled());
    answerNextMessageBox(QMessageBox::Cancel);
    remove->click();
    QTest::qWait(200);
    QCOMPARE(finished.count(), 8);
    QCOMPARE(m_engine.api("GET", QStringLiteral("/api/v1/webhooks/endpoints/") + endpointId).status, 200);
    answerNextMessageBox(QMessageBox::Yes);
    remove->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 9, 15000);
    QCOMPARE(finished.at(8).at(0).toString(), QStringLiteral("delete"));
    QCOMPARE(finished.at(8).at(1).toString(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!view.endpoints()->isLoading() && view.endpoints()->rowCount() == 0, 15000);
    QCOMPARE(m_engine.api("GET", QStringLiteral("/api/v1/webhooks/endpoints/") + endpointId).status, 404);
    QTRY_COMPARE(view.deliveries()->rowCount(), 0);
    QVERIFY(secret->text().isEmpty());
}

QTEST_MAIN(TestWebhooksView)
#include "TestWebhooksView.moc"
