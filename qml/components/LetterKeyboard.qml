import QtQuick
import QtQuick.Layouts
import Qinqing

// Big letter keys in the phone pinyin layout children know from their
// grandparents' phones. Emits letters; the screen decides what they do.
Rectangle {
    id: keyboard

    signal letter(string key)
    signal backspace
    signal clear

    // Digits on top for ISBNs and numbers; children's screens have letters only.
    property bool digits: false
    readonly property var rows: digits ? ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"] : ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
    readonly property real keyWidth: Math.min(116, (width - 2 * Theme.spacing - 9 * 10) / 10)

    implicitHeight: column.implicitHeight + Theme.spacing
    color: Theme.surfaceWarm
    radius: Theme.radius

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        spacing: 8
        Repeater {
            model: keyboard.rows
            RowLayout {
                required property string modelData
                required property int index
                Layout.alignment: Qt.AlignHCenter
                spacing: 10
                Repeater {
                    model: modelData.split("")
                    QqButton {
                        required property string modelData
                        objectName: "key_" + modelData
                        Layout.preferredWidth: keyboard.keyWidth
                        Layout.preferredHeight: Theme.touchMin
                        text: modelData
                        fontSize: Theme.fontTitle
                        tint: Theme.surface
                        textColor: Theme.text
                        border.color: Theme.border
                        border.width: 2
                        onClicked: keyboard.letter(modelData)
                    }
                }
                // The last row ends with "delete one" and "start again".
                QqButton {
                    visible: index === keyboard.rows.length - 1
                    objectName: index === keyboard.rows.length - 1 ? "key_backspace" : ""
                    Layout.preferredWidth: keyboard.keyWidth * 1.5
                    Layout.preferredHeight: Theme.touchMin
                    iconName: "backspace"
                    text: ""
                    tint: Theme.surface
                    border.color: Theme.border
                    border.width: 2
                    Accessible.name: qsTr("Delete")
                    onClicked: keyboard.backspace()
                }
                QqButton {
                    visible: index === keyboard.rows.length - 1
                    objectName: "key_clear"
                    Layout.preferredHeight: Theme.touchMin
                    text: qsTr("Clear")
                    iconName: "trash"
                    tint: Theme.teacher
                    onClicked: keyboard.clear()
                }
            }
        }
    }
}
