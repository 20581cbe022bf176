import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// What two kiosks did apart that cannot both stand (a book lent twice, a call
// slot booked twice, the same sticker or card): sync keeps both, the teacher
// sorts it out where it belongs.
Rectangle {
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: 2
    clip: true

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        Text {
            objectName: "conflictTitle"
            Layout.fillWidth: true
            text: Sync.conflictCount > 0 ? qsTr("To look at: %n conflict(s)", "", Sync.conflictCount) : qsTr("No conflicts")
            color: Sync.conflictCount > 0 ? Theme.danger : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
        }
        Text {
            Layout.fillWidth: true
            visible: Sync.conflictCount === 0
            text: qsTr("When two kiosks lend the same book or book the same call while apart, it shows here. Nothing is lost: both are kept.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        ListView {
            id: list
            objectName: "conflictList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
            clip: true
            model: Sync.conflicts
            delegate: Rectangle {
                id: row
                required property string reason
                required property string hint
                width: list.width
                height: rowColumn.implicitHeight + 24
                radius: Theme.radius / 2
                color: Theme.background
                ColumnLayout {
                    id: rowColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.leftMargin: 16
                    anchors.rightMargin: 16
                    spacing: 4
                    Text {
                        Layout.fillWidth: true
                        text: row.reason
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.hint
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
}
