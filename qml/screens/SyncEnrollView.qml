import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Joining a hub: its QR code to the camera (a USB scanner works too), or the
// text printed under the code typed or pasted.
RowLayout {
    spacing: Theme.margin

    Viewfinder {
        Layout.preferredWidth: 520
        Layout.preferredHeight: 420
        Layout.alignment: Qt.AlignTop
        aimWidth: 0.62 // a square frame for a QR code
        aimHeight: 0.76
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.spacing

        Text {
            objectName: "enrollTitle"
            Layout.fillWidth: true
            text: qsTr("Please scan the QR code on the hub's page")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("The hub's administrator prints it for this kiosk. Hold it in front of the camera, or read it with a USB scanner.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        QqField {
            id: codeField
            objectName: "enrollCode"
            Layout.fillWidth: true
            label: qsTr("Or type the text printed under the code")
            placeholder: "qinqing-enroll:?hub=…"
        }
        Connections {
            target: codeField.input
            function onAccepted() {
                Sync.enrollWithText(codeField.text);
            }
        }
        QqButton {
            objectName: "enrollButton"
            Layout.fillWidth: true
            enabled: !Sync.busy
            text: qsTr("Join the hub")
            iconName: "send"
            tint: Theme.calls
            onClicked: Sync.enrollWithText(codeField.text)
        }
        Text {
            objectName: "enrollMessage"
            Layout.fillWidth: true
            visible: text !== ""
            text: Sync.busy ? Sync.phaseText : Sync.notice
            color: Sync.noticeIsProblem && !Sync.busy ? Theme.danger : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
