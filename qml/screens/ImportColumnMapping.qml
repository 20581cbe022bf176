import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The column-mapping step of the roster import: each column of the file with
// a few of its cells and what it is imported as. Tapping a column opens the
// choices; the choice is remembered for the school's next import.
Rectangle {
    id: mapping
    property int pickingRow: -1
    property string pickingTitle: ""

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: 2
    clip: true

    ListView {
        id: columns
        objectName: "importColumns"
        anchors.fill: parent
        anchors.margins: 12
        spacing: 6
        visible: mapping.pickingRow < 0
        model: RosterAdmin.importColumns
        delegate: Rectangle {
            id: column
            required property int index
            required property string title
            required property string samples
            required property string fieldTitle
            required property string guessTitle
            required property string state
            width: columns.width
            height: Math.max(88, columnText.implicitHeight + 20)
            radius: 12
            color: state === "unused" || state === "guessed" ? Theme.surfaceWarm : Theme.background
            RowLayout {
                id: columnText
                anchors.fill: parent
                anchors.leftMargin: 16
                anchors.rightMargin: 8
                spacing: Theme.spacing / 2
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        text: column.title
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: column.samples !== "" ? qsTr("e.g. %1").arg(column.samples) : qsTr("(empty)")
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                }
                QqButton {
                    objectName: "columnChoice" + column.index
                    Layout.preferredWidth: 380
                    text: column.state === "guessed" ? qsTr("Maybe: %1?").arg(column.guessTitle) : column.state === "unused" ? qsTr("Not recognised: choose") : column.fieldTitle
                    fontSize: Theme.fontSmall
                    tint: column.state === "recognised" || column.state === "chosen" ? Theme.library : Theme.signIn
                    onClicked: {
                        mapping.pickingTitle = column.title;
                        mapping.pickingRow = column.index;
                    }
                }
            }
        }
    }

    // The choices for one column: big targets, "don't import" first.
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: Theme.spacing / 2
        visible: mapping.pickingRow >= 0
        Text {
            Layout.fillWidth: true
            text: qsTr("What does the column \"%1\" hold?").arg(mapping.pickingTitle)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.WordWrap
        }
        GridView {
            id: choices
            objectName: "fieldChoices"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: width / Math.max(1, Math.floor(width / 300))
            cellHeight: 84
            model: RosterAdmin.fieldChoices
            delegate: Item {
                required property var modelData
                width: choices.cellWidth
                height: choices.cellHeight
                QqButton {
                    anchors.fill: parent
                    anchors.margins: 6
                    objectName: "field_" + modelData.key
                    text: modelData.title
                    fontSize: Theme.fontSmall
                    tint: modelData.key === "skip" ? Theme.textMuted : Theme.library
                    onClicked: {
                        const row = mapping.pickingRow;
                        mapping.pickingRow = -1;
                        RosterAdmin.mapColumn(row, modelData.key);
                    }
                }
            }
        }
        QqButton {
            Layout.alignment: Qt.AlignRight
            Layout.preferredWidth: 260
            text: qsTr("Cancel")
            fontSize: Theme.fontSmall
            tint: Theme.textMuted
            onClicked: mapping.pickingRow = -1
        }
    }
}
