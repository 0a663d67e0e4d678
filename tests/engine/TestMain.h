#pragma once

#include "EngineHarness.h"

#include <QCoreApplication>
#include <QTest>

#include <cstdio>

// Like QTEST_GUILESS_MAIN, but a backend that is not available (PostgreSQL suite without
// GATEHOUSE_TEST_PG_URL) prints the reason and exits with 77, which CTest reports as skipped.
#define GATEHOUSE_ENGINE_TEST_MAIN(TestClass)                                                                          \
    int main(int argc, char* argv[])                                                                                   \
    {                                                                                                                  \
        QCoreApplication app(argc, argv);                                                                              \
        const QString reason = gatehouse::engine::test::EngineHarness::unavailableReason();                            \
        if (!reason.isEmpty()) {                                                                                       \
            std::printf("SKIP: %s\n", qPrintable(reason));                                                             \
            return 77;                                                                                                 \
        }                                                                                                              \
        TestClass test;                                                                                                \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
