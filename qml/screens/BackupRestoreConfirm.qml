import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// "Restore this backup?" in plain words: what is replaced, that a safety
// copy is kept, and that the kiosk starts again. Covers the screen so
// nothing behind it can be pressed.
Rectangle {
    color: "#B33B2A20"

    // Taps beside the card go nowhere: the screen behind takes none.
    MouseArea {
        anchors.fill: parent
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 980)
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing

            Text {
                objectName: "restoreTitle"
                Layout.fillWidth: true
                text: Backup.restoreTitle
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "restoreQuestion"
                Layout.fillWidth: true
                text: Backup.restoreQuestion
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                lineHeight: 1.2
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "restoreWarning"
                Layout.fillWidth: true
                visible: text !== ""
                text: Backup.restoreWarning
                color: Theme.danger
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.bold: true
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                QqButton {
                    objectName: "cancelRestore"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("No, keep today's data")
                    iconName: "back"
                    tint: Theme.surface
                    textColor: Theme.text
                    border.color: Theme.border
                    border.width: 2
                    onClicked: Backup.cancelRestore()
                }
                QqButton {
                    objectName: "confirmRestore"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Yes, restore")
                    iconName: "restore"
                    tint: Theme.danger
                    onClicked: Backup.confirmRestore()
                }
            }
        }
    }
}
