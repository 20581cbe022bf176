import QtQuick
import QtQuick.Layouts
import Qinqing

// A big digit pad. Emits the typed PIN on OK; the digits are never shown.
ColumnLayout {
    id: pad

    property string pin: ""
    property int maxLength: 8
    signal submitted(string pin)

    spacing: 16

    Row {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredHeight: 40
        spacing: 16
        Repeater {
            model: Math.max(4, pad.pin.length)
            delegate: Rectangle {
                required property int index
                width: 28
                height: 28
                radius: 14
                color: index < pad.pin.length ? Theme.text : "transparent"
                border.color: Theme.text
                border.width: 3
            }
        }
    }
    GridLayout {
        Layout.alignment: Qt.AlignHCenter
        columns: 3
        rowSpacing: 14
        columnSpacing: 14
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
            delegate: QqButton {
                required property string modelData
                objectName: "pinKey_" + modelData
                Layout.preferredWidth: 130
                Layout.preferredHeight: Theme.touchMin
                text: modelData === "OK" ? qsTr("OK") : modelData
                iconName: modelData === "OK" ? "ok" : ""
                fontSize: Theme.fontLarge
                tint: modelData === "OK" ? Theme.success : Theme.surface
                textColor: modelData === "OK" ? Theme.textOnColor : Theme.text
                border.color: Theme.border
                border.width: 2
                enabled: modelData !== "OK" || pad.pin.length >= 4
                onClicked: {
                    if (modelData === "OK") {
                        const typed = pad.pin;
                        pad.pin = "";
                        pad.submitted(typed);
                    } else if (modelData === "⌫") {
                        pad.pin = pad.pin.slice(0, -1);
                    } else if (pad.pin.length < pad.maxLength) {
                        pad.pin += modelData;
                    }
                }
            }
        }
    }
}
