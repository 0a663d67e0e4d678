# Build-time helpers: a faster linker and precompiled headers. Both only change how long a build takes, never
# what it produces, and both can be switched off (-DGATEHOUSE_FAST_LINKER=OFF, -DGATEHOUSE_PCH=OFF).

# lld links the sanitizer-instrumented test programs about three times faster than GNU ld (each test
# program links the whole engine library with its debug information). scripts/setup installs it.
option(GATEHOUSE_FAST_LINKER "Link with lld when it is installed" ON)
if(GATEHOUSE_FAST_LINKER)
    find_program(GATEHOUSE_LLD NAMES ld.lld)
    if(GATEHOUSE_LLD)
        include(CheckCXXSourceCompiles)
        set(CMAKE_REQUIRED_LINK_OPTIONS -fuse-ld=lld)
        check_cxx_source_compiles("int main() { return 0; }" GATEHOUSE_LLD_WORKS)
        unset(CMAKE_REQUIRED_LINK_OPTIONS)
        if(GATEHOUSE_LLD_WORKS)
            add_link_options(-fuse-ld=lld)
        endif()
    endif()
    add_feature_info(lld GATEHOUSE_LLD_WORKS "links with lld")
endif()

# Most translation units spend more time parsing Qt and standard-library headers than compiling their own
# code; the libraries with many sources precompile those headers once.
option(GATEHOUSE_PCH "Precompile the Qt and standard-library headers of the larger libraries" ON)
add_feature_info(PrecompiledHeaders GATEHOUSE_PCH "precompiled Qt headers")

set(GATEHOUSE_PCH_CORE
    <QByteArray> <QDateTime> <QHash> <QList> <QLoggingCategory> <QObject> <QRegularExpression> <QSet>
    <QString> <QStringList> <QUrl> <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue>
    <algorithm> <functional> <memory> <optional> <utility> <vector>)

# gatehouse_precompile(<target> [CORE] [SQL] [NETWORK] [HTTPSERVER] [WIDGETS] [TEST])
function(gatehouse_precompile target)
    if(NOT GATEHOUSE_PCH)
        return()
    endif()
    cmake_parse_arguments(PARSE_ARGV 1 PCH "SQL;NETWORK;HTTPSERVER;WIDGETS;TEST" "" "")
    set(headers ${GATEHOUSE_PCH_CORE})
    if(PCH_SQL)
        list(APPEND headers <QSqlDatabase> <QSqlError> <QSqlQuery>)
    endif()
    if(PCH_NETWORK)
        list(APPEND headers <QHostAddress> <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest>)
    endif()
    if(PCH_HTTPSERVER)
        list(APPEND headers <QHttpServerRequest> <QHttpServerResponse>)
    endif()
    if(PCH_WIDGETS)
        list(APPEND headers <QApplication> <QComboBox> <QFormLayout> <QHBoxLayout> <QHeaderView> <QLabel>
             <QLineEdit> <QPushButton> <QVBoxLayout> <QWidget>)
    endif()
    if(PCH_TEST)
        list(APPEND headers <QSignalSpy> <QTest>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
