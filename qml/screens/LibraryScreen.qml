import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The book corner: borrow a book, or bring one back.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {
            Layout.fillWidth: true
            title: qsTr("Book corner")
            subtitle: qsTr("Read a good book every term!")
            onBackClicked: Kiosk.goHome()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.margin

            QqTile {
                objectName: "borrowTile"
                Layout.fillWidth: true
                Layout.fillHeight: true
                tint: Theme.library
                iconName: "book"
                iconSize: 140
                title: qsTr("Borrow a book")
                subtitle: qsTr("Up to %n book(s), for %1 days", "", Library.maxLoans).arg(Library.loanDays)
                onClicked: Library.startBorrow()
            }
            QqTile {
                objectName: "returnTile"
                Layout.fillWidth: true
                Layout.fillHeight: true
                tint: Theme.calls
                iconName: "book_return"
                iconSize: 140
                title: qsTr("Bring a book back")
                subtitle: qsTr("Show its sticker to the camera")
                onClicked: Library.startReturn()
            }
        }
    }
}
